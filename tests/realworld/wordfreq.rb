# wordfreq.rb: a small Ruby script for the ruby.wasm case: reads the file named by ARGV[0],
# counts words, and prints a table and a JSON summary (json comes from the embedded stdlib).
require 'json'

text = File.read(ARGV.fetch(0))
counts = Hash.new(0)
text.scan(/[a-z']+/i) { |w| counts[w.downcase] += 1 }
top = counts.sort_by { |w, n| [-n, w] }.first(5)
top.each { |w, n| puts format('%-8s %3d %s', w, n, '*' * n) }
puts JSON.generate({ 'words' => counts.values.sum, 'distinct' => counts.size, 'top' => top.to_h })
squares = (1..10).lazy.map { |x| x * x }.select(&:even?).to_a
puts squares.inspect, squares.sum, (2**100).to_s, 10.0.fdiv(3).round(6)
