-- wrk: cycles through the request paths listed in the file named by $PATHS, one per line.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
end
local i = 0
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
