-- wrk script for bench/verify-vs-static.sh: GET /api/v1/verify/{number} with a random valid number
-- of the COUNT bench certificates (BMI-2099-00001 .., a year no demo certificate has), different per request.
local count = tonumber(os.getenv("COUNT") or "530")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/api/v1/verify/BMI-2099-%05d", math.random(1, count)))
end
