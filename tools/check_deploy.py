#!/usr/bin/env python3
"""check_deploy.py: checks the container and Kubernetes files (make check-deploy). No docker or
kubectl here, so: every YAML file under deploy/ parses (python3-yaml); the manifests are well
formed and agree with each other (labels, names, ports, probes on /readyz and /healthz, non-root);
the Deployment's memory limit covers the pools' budgets of the ConfigMap's config plus what the
server holds outside the pools (README, "Running a fleet"); the ConfigMap's config is the image's
deploy/serve.yaml; the Dockerfile is Debian 12 based, runs as a non-root user and copies files
that exist; and `hearth serve` itself accepts the config and answers on it (module paths pointed at
this repository, a free loopback port). Usage: tools/check_deploy.py [HEARTH_BINARY]."""
import os, re, signal, subprocess, sys, tempfile, time, urllib.request

try:
    import yaml
except ImportError:
    sys.exit("check_deploy: python3-yaml is needed (apt-get install python3-yaml)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def size_bytes(s):
    """A hearth size (256K, 1M) or a Kubernetes quantity (384Mi, 1Gi) in bytes."""
    m = re.fullmatch(r"(\d+)\s*(Ki|Mi|Gi|K|M|G)?i?B?", str(s))
    if not m:
        raise ValueError("bad size %r" % s)
    mul = {None: 1, "K": 1 << 10, "Ki": 1 << 10, "M": 1 << 20, "Mi": 1 << 20, "G": 1 << 30, "Gi": 1 << 30}
    return int(m.group(1)) * mul[m.group(2)]


def load_all(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


docs = {}
files = sorted(n for n in os.listdir(os.path.join(ROOT, "deploy/k8s")) if n.endswith(".yaml"))
for name in files:
    path = os.path.join(ROOT, "deploy/k8s", name)
    try:
        for d in load_all(path):
            if isinstance(d, dict) and d.get("kind") == "Kustomization":
                check(sorted(d.get("resources", [])) == sorted(n for n in files if n != name),
                      "%s: resources must list every other manifest" % name)
                continue
            check(isinstance(d, dict) and {"apiVersion", "kind", "metadata"} <= d.keys(),
                  "%s: a document without apiVersion/kind/metadata" % name)
            docs[d["kind"]] = d
    except yaml.YAMLError as e:
        check(False, "%s: %s" % (name, e))
image_cfg = load_all(os.path.join(ROOT, "deploy/serve.yaml"))[0]

for kind in ("Deployment", "Service", "HorizontalPodAutoscaler", "ConfigMap"):
    check(kind in docs, "no %s in deploy/k8s" % kind)
if not failures:
    dep, svc, hpa, cm = (docs[k] for k in ("Deployment", "Service", "HorizontalPodAutoscaler", "ConfigMap"))
    cfg = yaml.safe_load(cm["data"]["serve.yaml"])
    check(cfg == image_cfg, "the ConfigMap's serve.yaml differs from deploy/serve.yaml")
    labels = dep["spec"]["template"]["metadata"]["labels"]
    check(dep["spec"]["selector"]["matchLabels"].items() <= labels.items(), "Deployment selector")
    check(svc["spec"]["selector"].items() <= labels.items(), "Service selector does not match the pods")
    check(hpa["spec"]["scaleTargetRef"]["name"] == dep["metadata"]["name"], "HPA target")
    check(hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"], "HPA replicas")
    pod = dep["spec"]["template"]["spec"]
    c = pod["containers"][0]
    port = int(cfg["server"]["addr"].rsplit(":", 1)[1])
    check(c["ports"][0]["containerPort"] == port, "containerPort is not the config's port %d" % port)
    check(c["readinessProbe"]["httpGet"]["path"] == "/readyz", "readiness probe must be /readyz")
    check(c["livenessProbe"]["httpGet"]["path"] == "/healthz", "liveness probe must be /healthz")
    check(pod["securityContext"].get("runAsNonRoot") is True and pod["securityContext"].get("runAsUser", 0) != 0,
          "the pod must run as non-root")
    drain = cfg["server"].get("drain_timeout", "30s")
    drain_s = int(re.fullmatch(r"(\d+)s", drain).group(1))
    check(pod["terminationGracePeriodSeconds"] > drain_s,
          "terminationGracePeriodSeconds must exceed drain_timeout (%ds)" % drain_s)
    # memory: pools' budgets + bodies + outputs + baseline + stacks <= limit
    routes = cfg["routes"]
    pools = 0
    for r in routes:
        budget = r.get("pool", {}).get("max_pool_memory")
        check(budget is not None, "route %s has no max_pool_memory: its memory is unbounded" %
              r.get("prefix", r.get("path")))
        pools += size_bytes(budget or 0)
    conns = cfg["server"]["connection_limit"]
    bodies = conns * max(size_bytes(r.get("max_body", "1M")) for r in routes)
    outputs = sum(r["pool"]["max_instances"] * size_bytes(r.get("max_output", "16M" if "invoke" not in r else "1M")) * 2
                  for r in routes)
    need = pools + bodies + outputs + (16 << 20) + conns * (64 << 10)
    limit = size_bytes(c["resources"]["limits"]["memory"])
    request = size_bytes(c["resources"]["requests"]["memory"])
    print("memory: pools %d MiB + bodies %d MiB + outputs %d MiB + runtime 16 MiB + stacks %d MiB = %d MiB; "
          "limit %d MiB, request %d MiB" % (pools >> 20, bodies >> 20, outputs >> 20, (conns * (64 << 10)) >> 20,
                                             need >> 20, limit >> 20, request >> 20))
    check(need <= limit, "memory limit %d MiB is below the %d MiB the config can use" % (limit >> 20, need >> 20))
    check(limit <= need * 3 // 2, "memory limit %d MiB is far above the %d MiB the config can use" %
          (limit >> 20, need >> 20))
    check(request <= limit, "memory request above the limit")

# kubectl, when installed, renders the kustomization offline (no cluster is needed for that)
kubectl_ran = False
if not failures and any(os.access(os.path.join(d, "kubectl"), os.X_OK)
                        for d in os.environ.get("PATH", "").split(os.pathsep)):
    r = subprocess.run(["kubectl", "kustomize", os.path.join(ROOT, "deploy/k8s")],
                       capture_output=True, text=True, timeout=60)
    kubectl_ran = True
    if check(r.returncode == 0, "kubectl kustomize deploy/k8s: %s" % r.stderr.strip()):
        kinds = sorted(d["kind"] for d in yaml.safe_load_all(r.stdout) if d)
        check(kinds == sorted(docs), "kubectl kustomize rendered %s" % kinds)

# Dockerfile
with open(os.path.join(ROOT, "Dockerfile")) as f:
    lines = [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]
froms = [l.split()[1] for l in lines if l.startswith("FROM ")]
check(froms and all(x.startswith("debian:12") for x in froms), "Dockerfile: every stage must be debian:12")
users = [l.split()[1] for l in lines if l.startswith("USER ")]
check(users and users[-1].split(":")[0] not in ("0", "root"), "Dockerfile: must end as a non-root USER")
check(any(l.startswith("ENTRYPOINT") and "serve" in l for l in lines), "Dockerfile: ENTRYPOINT hearth serve")
for l in lines:
    if l.startswith("COPY ") and "--from=" not in l:
        for src in l.split()[1:-1]:
            check(os.path.exists(os.path.join(ROOT, src)), "Dockerfile: COPY of missing %s" % src)

# the config, run for real
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/hearth")
if not failures and os.access(binary, os.X_OK):
    with tempfile.TemporaryDirectory() as tmp:
        text = yaml.safe_dump(image_cfg).replace("/srv/hearth/", os.path.join(ROOT, "guests/serve") + "/")
        path = os.path.join(tmp, "serve.yaml")
        with open(path, "w") as f:
            f.write(text)
        log = open(os.path.join(tmp, "log"), "w+")
        p = subprocess.Popen([binary, "serve", "--config", path, "--addr", "127.0.0.1:0"],
                             stdout=subprocess.DEVNULL, stderr=log)
        port = None
        for _ in range(500):
            log.seek(0)
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
            if m or p.poll() is not None:
                port = m and int(m.group(1))
                break
            time.sleep(0.02)
        if check(port, "hearth serve did not start on the config"):
            base = "http://127.0.0.1:%d" % port
            check(urllib.request.urlopen(base + "/readyz").status == 200, "/readyz")
            check(urllib.request.urlopen(base + "/healthz").status == 200, "/healthz")
            body = urllib.request.urlopen(base + "/convert", data=b"# Fleet").read()
            check(body == b"<h1>Fleet</h1>\n", "/convert answered %r" % body)
            body = urllib.request.urlopen(base + "/echo", data=b"ping").read()
            check(body == b"ping", "/echo answered %r" % body)
            p.send_signal(signal.SIGTERM)
            check(p.wait(30) == 0, "hearth serve did not drain and exit 0")
        else:
            p.kill()
            log.seek(0)
            print(log.read(), file=sys.stderr)
elif not failures:
    print("check_deploy: %s not built: the config was only parsed, not served" % binary)

for f in failures:
    print("check_deploy: FAIL:", f, file=sys.stderr)
print("check_deploy: %s (%d YAML files parsed%s; the image was not built: no docker daemon here)" %
      ("ok" if not failures else "%d failure(s)" % len(failures), len(files) + 1,
       ", rendered by kubectl kustomize" if kubectl_ran else ", kubectl not installed"))
sys.exit(1 if failures else 0)
