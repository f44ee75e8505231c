-- Neovim as the client of `xbas lsp` (tests/lsp.rs): open the script named by
-- XBAS_NVIM_FILE, start the server (XBAS_BIN lsp), wait for its diagnostics and write
-- one line per diagnostic to XBAS_NVIM_OUT: "line:col SEVERITY code message".
-- Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
local file, out, bin = vim.env.XBAS_NVIM_FILE, vim.env.XBAS_NVIM_OUT, vim.env.XBAS_BIN
vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local config = { name = "xbas", cmd = { bin, "lsp" }, root_dir = vim.fn.fnamemodify(file, ":h") }
if vim.lsp.start then
  vim.lsp.start(config)
else
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, id)
end
local arrived = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 20)
local lines = {}
if not arrived then
  lines = { "no diagnostics within 20 s" }
end
local diags = vim.diagnostic.get(buf)
table.sort(diags, function(a, b)
  return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
end)
for _, d in ipairs(diags) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
  local message = vim.split(d.message, "\n")[1]
  table.insert(lines, string.format("%d:%d %s %s %s", d.lnum + 1, d.col + 1,
    vim.diagnostic.severity[d.severity], code, message))
end
vim.fn.writefile(lines, out)
vim.cmd("qall!")
