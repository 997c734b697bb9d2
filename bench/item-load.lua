-- wrk script of bench/item-load-wrk: GET <BENCH_PATH><id> with ids drawn at random from the file
-- BENCH_IDS (one lot id a line); every thread seeds its own random stream.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local path = os.getenv("BENCH_PATH")
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

init = function(args)
  math.randomseed(seed or 1)
end

request = function()
  return wrk.format("GET", path .. ids[math.random(#ids)])
end
