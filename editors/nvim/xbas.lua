-- xbas (Enable Basic scenario scripts) for Neovim 0.11+.
-- Put this in your config (e.g. ~/.config/nvim/plugin/xbas.lua); `xbas` must be on your PATH.

vim.filetype.add({ extension = { bas = "xbas", BAS = "xbas" } })

vim.lsp.config("xbas", {
  cmd = { "xbas", "lsp" },
  filetypes = { "xbas" },
  root_markers = { "acd_map.ini", ".git" },
})
vim.lsp.enable("xbas")

-- Neovim 0.10: instead of vim.lsp.config/vim.lsp.enable above, use
--
-- vim.api.nvim_create_autocmd("FileType", {
--   pattern = "xbas",
--   callback = function()
--     vim.lsp.start({
--       name = "xbas",
--       cmd = { "xbas", "lsp" },
--       root_dir = vim.fs.root(0, { "acd_map.ini", ".git" }),
--     })
--   end,
-- })
