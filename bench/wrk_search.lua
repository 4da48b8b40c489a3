-- wrk script: GET /v1/search with a rotating mix of listed and unlisted names.
local names = {
  "Kim Jong Un", "John Smith", "Vladimir Putin", "Maria Garcia", "Chon Ma San",
  "Banco Nacional de Cuba", "Wei Zhang", "Ali Hassan", "Mohammed Al Zawahiri", "Anna Schmidt",
  "Korea Achim Shipping", "Olga Ivanova", "Juan Perez", "Kim Yo Jong", "Rosneft",
  "Li Na", "Ahmed Ali", "David Brown", "Sberbank", "Emily Johnson",
}
local i = 0
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  i = i + 1
  return wrk.format("GET", "/v1/search?q=" .. urlencode(names[(i % #names) + 1]))
end
