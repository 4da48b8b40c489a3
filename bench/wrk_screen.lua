-- wrk script: POST /v1/screen with one record (rotating names, with type and birth date).
local bodies = {}
local names = {
  {"Kim Jong Un", "1984-01-08"}, {"John Smith", "1970-03-02"}, {"Vladimir Putin", "1952-10-07"},
  {"Maria Garcia", "1985-06-01"}, {"Wei Zhang", "1990-01-01"}, {"Ali Hassan", "1966-12-12"},
  {"Olga Ivanova", "1979-09-09"}, {"Juan Perez", "1988-08-08"}, {"Kim Yo Jong", "1989-09-26"},
  {"Emily Johnson", "2000-02-29"},
}
for _, n in ipairs(names) do
  bodies[#bodies + 1] = string.format('{"name":"%s","type":"person","birth_date":"%s"}', n[1], n[2])
end
-- Formatted once per wrk thread (see wrk_search.lua).
local requests = {}
init = function(args)
  for _, b in ipairs(bodies) do
    requests[#requests + 1] =
        wrk.format("POST", "/v1/screen", {["Content-Type"] = "application/json"}, b)
  end
end
local i = 0
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
