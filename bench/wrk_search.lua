-- wrk script: GET /v1/search with a rotating mix of listed and unlisted names.
local names = {
  "Kim Jong Un", "John Smith", "Vladimir Putin", "Maria Garcia", "Chon Ma San",
  "Banco Nacional de Cuba", "Wei Zhang", "Ali Hassan", "Mohammed Al Zawahiri", "Anna Schmidt",
  "Korea Achim Shipping", "Olga Ivanova", "Juan Perez", "Kim Yo Jong", "Rosneft",
  "Li Na", "Ahmed Ali", "David Brown", "Sberbank", "Emily Johnson",
}
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- The requests are formatted once per wrk thread, so wrk spends its CPU on sending and
-- reading, not on string building (it shares the 2 cores with the server).
local requests = {}
init = function(args)
  for _, n in ipairs(names) do
    requests[#requests + 1] = wrk.format("GET", "/v1/search?q=" .. urlencode(n))
  end
end
local i = 0
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
