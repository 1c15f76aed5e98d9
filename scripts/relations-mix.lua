-- wrk script: relations queries over many dyads, periods and ranges, so most miss the cache.
-- wrk -t2 -c200 -d20s --latency -s scripts/relations-mix.lua http://127.0.0.1:PORT
local countries = {"SYR", "RUS", "IRQ", "TUR", "JOR", "EGY", "IRN", "ISR", "USA", "SAU", "QAT", "KWT", "ARE", "LBN", "YEM", "LBY", "TUN", "DZA", "MAR", "SDN"}
local units = {"day", "week", "month", "year"}
-- Each wrk thread draws its own sequence (seeded by its number): with one seed for all, the
-- threads would ask the same queries and the second would hit the cache the first filled.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(7 + 1000 * (id or 0))
end
request = function()
  local a = countries[math.random(#countries)]
  local b = countries[math.random(#countries)]
  local y = 2015 + math.random(0, 9)
  local path = "/api/relations?source=" .. a .. "&target=" .. b .. "&by=" .. units[math.random(#units)] ..
    "&from=" .. y .. "-01-01&to=" .. (y + math.random(0, 2)) .. "-12-31"
  return wrk.format("GET", path)
end
