-- luacheck's configuration (`luacheck wire-export/src/lua <generated dissectors>`, run from
-- the repository root by .ci/run): the Wireshark dissector's hand-written Lua and the
-- dissectors generated from it.

-- Wireshark up to 4.2 embeds Lua 5.2 and 4.4 and later Lua 5.4; the dissector runs on
-- both, so it keeps to 5.2 (bit operators are compiled from text when there is no bit32).
std = "lua52"

-- Wireshark's Lua API (wslua), which a dissector only reads.
read_globals = {
  "Proto", "ProtoField", "ProtoExpert", "Pref", "DissectorTable", "Int64", "UInt64",
  "base", "expert", "DESEGMENT_ONE_MORE_SEGMENT", "bit32",
}

-- Handlers keep Wireshark's and each other's signatures whether or not they use every
-- argument (`dissect_frame(tvb, pinfo, tree, …)`).
unused_args = false

-- Generated ProtoField declarations and layout tables are one line each, however long.
max_line_length = false

-- runtime.lua's `utf8_error` gives `len` a default that every branch then sets: kept as
-- written (here and in every generated dissector, which carries runtime.lua), so moving
-- the Lua out of Rust string literals changed no byte of the generated dissector.
ignore = { "311/len" }

-- The runtime is written in three parts that the generator joins into one chunk, after
-- the `local CONFIG = { … }` it writes first: prelude.lua, the generated protocols,
-- fields and layouts, then runtime.lua. Each part is checked on its own, so each declares
-- what it takes from the parts around it.
files["wire-export/src/lua/prelude.lua"] = {
  max_line_length = 132,
  read_globals = { "CONFIG" },
  -- Declared here for the parts that follow.
  ignore = { "231/band", "231/bxor", "231/rshift", "231/bnot", "211/P", "211/HF", "211/VS", "211/S" },
}
files["wire-export/src/lua/runtime.lua"] = {
  max_line_length = 132,
  read_globals = { "CONFIG", "A", "F", "E", "band", "bxor", "rshift", "bnot" },
  -- The prelude's tables, which the generated part fills and this part completes.
  globals = { "frame_proto", "P", "HF", "VS", "S" },
}
