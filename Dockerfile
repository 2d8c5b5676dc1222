# Dockerfile: `hearth serve` in a container (Debian 12). Build stage: compiles the hearth CLI with
# serve support (libmicrohttpd, libyaml) from this repository; image stage: the binary, the two
# runtime libraries, the example modules and config, a non-root user. Build and run:
#   docker build -t hearth-serve .
#   docker run --rm -p 8080:8080 hearth-serve
#   curl --data-binary '# Hello' http://127.0.0.1:8080/convert
# Your own routes: mount a config over /etc/hearth/serve.yaml and modules under /srv/hearth (the
# Kubernetes manifests in deploy/k8s do this with a ConfigMap). See README "Running a fleet".

FROM debian:12-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential pkg-config libmicrohttpd-dev libyaml-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Makefile ./
COPY include include
COPY src src
# SERVE=1: fail the build rather than silently leave `hearth serve` out
RUN make -j"$(nproc)" SERVE=1 build/hearth \
 && ./build/hearth serve --help > /dev/null

FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libmicrohttpd12 libyaml-0-2 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /srv/hearth --no-create-home \
      --shell /usr/sbin/nologin hearth
COPY --from=build /src/build/hearth /usr/local/bin/hearth
COPY guests/serve/md2html.wasm guests/serve/bytes.wasm /srv/hearth/
COPY deploy/serve.yaml /etc/hearth/serve.yaml
USER 10001:10001
WORKDIR /srv/hearth
EXPOSE 8080
# SIGTERM drains requests in flight (server.drain_timeout), then exits 0
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/hearth", "serve"]
CMD ["--config", "/etc/hearth/serve.yaml"]
