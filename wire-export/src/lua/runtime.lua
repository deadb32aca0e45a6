
-- ---------------------------------------------------------------------------------------
-- Checksums: the frame's CRCs and the algorithms of checksum fields (#[wire(checksum)]).

-- A decode error: raised with error() and caught once per message, so that a malformed
-- message is flagged instead of stopping the dissector with a Lua error.
local Failure = {}
local function fail(fmt, ...)
  error(setmetatable({ msg = string.format(fmt, ...) }, Failure), 0)
end

-- CRC32C (Castagnoli, reflected polynomial 0x82F63B78; RFC 3720 appendix B.4).
local CRC_TABLE = {}
for i = 0, 255 do
  local crc = i
  for _ = 1, 8 do
    if band(crc, 1) == 1 then crc = bxor(rshift(crc, 1), 0x82F63B78) else crc = rshift(crc, 1) end
  end
  CRC_TABLE[i] = crc
end

local function crc32c(s)
  local crc = 0xFFFFFFFF
  for i = 1, #s do
    crc = bxor(CRC_TABLE[band(bxor(crc, s:byte(i)), 0xFF)], rshift(crc, 8))
  end
  return bnot(crc)
end

-- CRC-16/IBM-3740, the header's check over its first 14 bytes (Greg Cook's "Catalogue of
-- parametrised CRC algorithms": poly 0x1021, init 0xFFFF, no reflection, xorout 0, check
-- 0x29B1). Shifts are multiplications, which Lua 5.2's numbers and 5.3's integers share.
local CRC16_TABLE = {}
for i = 0, 255 do
  local crc = i * 256
  for _ = 1, 8 do
    crc = crc * 2
    if band(crc, 0x10000) ~= 0 then crc = bxor(band(crc, 0xFFFF), 0x1021) end
  end
  CRC16_TABLE[i] = crc
end

local function crc16(s)
  local crc = 0xFFFF
  for i = 1, #s do
    crc = bxor(band(crc * 256, 0xFFFF), CRC16_TABLE[bxor(rshift(crc, 8), s:byte(i))])
  end
  return crc
end

-- CRC-16/KERMIT (poly 0x1021 reflected, init 0, check 0x2189) and CRC-32/ISO-HDLC (poly
-- 0xEDB88320 reflected, init and xorout 0xFFFFFFFF, check 0xCBF43926), by the catalogue.
local function reflected_table(poly)
  local t = {}
  for i = 0, 255 do
    local crc = i
    for _ = 1, 8 do
      if band(crc, 1) == 1 then crc = bxor(rshift(crc, 1), poly) else crc = rshift(crc, 1) end
    end
    t[i] = crc
  end
  return t
end
local KERMIT_TABLE, CRC32_TABLE = reflected_table(0x8408), reflected_table(0xEDB88320)

local function crc16_kermit(s)
  local crc = 0
  for i = 1, #s do crc = bxor(KERMIT_TABLE[band(bxor(crc, s:byte(i)), 0xFF)], rshift(crc, 8)) end
  return crc
end

local function crc32(s)
  local crc = 0xFFFFFFFF
  for i = 1, #s do crc = bxor(CRC32_TABLE[band(bxor(crc, s:byte(i)), 0xFF)], rshift(crc, 8)) end
  return bnot(crc)
end

-- RFC 1071 section 1: the ones' complement of the ones' complement sum of the big-endian
-- 16-bit words, an odd last byte padded with zero.
local function internet(s)
  local sum = 0
  for i = 1, #s, 2 do sum = sum + s:byte(i) * 256 + (s:byte(i + 1) or 0) end
  while sum > 0xFFFF do sum = sum % 0x10000 + math.floor(sum / 0x10000) end
  return 0xFFFF - sum
end

local CHECKSUMS = {
  ["internet"] = internet, ["crc16-ccitt"] = crc16, ["crc16-kermit"] = crc16_kermit,
  ["crc32"] = crc32, ["crc32c"] = crc32c,
}

-- ---------------------------------------------------------------------------------------
-- Expressions over earlier fields (#[wire(count, byte_len, if)]), as the derived code
-- evaluates them over i128: `/` and `%` truncate toward zero, comparisons, `!`, `&&` and
-- `||` give 1 or 0 and short-circuit. Lua numbers are exact to 2^53 and bit32 works on 32
-- bits: a value beyond either is refused rather than shown wrong. An expression is a
-- table: { "f", name }, { "i", value }, { "neg", e }, { "!", e } or { op, left, right }.

local EXACT = 2 ^ 53

local function exact(v, what)
  if v ~= v or v >= EXACT or v <= -EXACT then fail("%s: its expression leaves the exact range", what) end
  return v
end

local function bits32(v, what)
  if v < 0 or v > 0xFFFFFFFF then fail("%s: its expression takes bits of a value beyond 32 bits", what) end
  return v
end

local function truncate(v)
  if v < 0 then return -math.floor(-v) end
  return math.floor(v)
end

local function shift_by(b, what)
  if b < 0 or b >= 128 then fail("%s: its expression shifts by %d (0 to 127)", what, b) end
  return b
end

local BINARY = {
  ["+"] = function(a, b) return a + b end,
  ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end,
  ["/"] = function(a, b, what)
    if b == 0 then fail("%s: its expression divides by zero", what) end
    return truncate(a / b)
  end,
  ["%"] = function(a, b, what)
    if b == 0 then fail("%s: its expression divides by zero", what) end
    return a - truncate(a / b) * b
  end,
  ["&"] = function(a, b, what) return band(bits32(a, what), bits32(b, what)) end,
  ["|"] = function(a, b, what)
    return bxor(bxor(bits32(a, what), b), band(a, bits32(b, what)))
  end,
  ["^"] = function(a, b, what) return bxor(bits32(a, what), bits32(b, what)) end,
  ["<<"] = function(a, b, what) return a * 2 ^ shift_by(b, what) end,
  [">>"] = function(a, b, what) return math.floor(a / 2 ^ shift_by(b, what)) end,
  ["=="] = function(a, b) return a == b and 1 or 0 end,
  ["!="] = function(a, b) return a ~= b and 1 or 0 end,
  ["<"] = function(a, b) return a < b and 1 or 0 end,
  ["<="] = function(a, b) return a <= b and 1 or 0 end,
  [">"] = function(a, b) return a > b and 1 or 0 end,
  [">="] = function(a, b) return a >= b and 1 or 0 end,
}

-- The value of expression `e` with the fields' values `vals`; `what` names the field.
local function eval(e, vals, what)
  local op = e[1]
  if op == "f" then
    local v = vals[e[2]]
    if v == nil then fail("%s: its expression reads %s, which has no value here", what, e[2]) end
    return v
  elseif op == "i" then
    return e[2]
  elseif op == "neg" then
    return -eval(e[2], vals, what)
  elseif op == "!" then
    return eval(e[2], vals, what) == 0 and 1 or 0
  end
  local a = eval(e[2], vals, what)
  if op == "&&" then
    if a == 0 then return 0 end
    return eval(e[3], vals, what) ~= 0 and 1 or 0
  elseif op == "||" then
    if a ~= 0 then return 1 end
    return eval(e[3], vals, what) ~= 0 and 1 or 0
  end
  return exact(BINARY[op](a, eval(e[3], vals, what), what), what)
end

-- ---------------------------------------------------------------------------------------
-- The walk over a message: the same steps, checks and errors as the derived decoder.

-- c: { tvb, base (the payload's first byte in tvb), len (the payload's length) };
-- positions are from the payload's start.
local function rng(c, pos, n)
  return c.tvb(c.base + pos, n)
end

local function need(c, pos, n, limit, what)
  if pos + n > limit then
    fail("%s: truncated: %d byte(s) needed at offset %d, %d left", what, n, pos, math.max(limit - pos, 0))
  end
end

local function raw(c, pos, n)
  if n == 0 then return "" end
  return c.tvb:raw(c.base + pos, n)
end

local function read_u(c, pos, n, endian)
  local r = rng(c, pos, n)
  if endian == "little" then return r:le_uint() end
  return r:uint()
end

local function read_u64(c, pos, n, endian)
  local r = rng(c, pos, n)
  if endian == "little" then return r:le_uint64() end
  return r:uint64()
end

local function add_num(tree, hf, r, endian)
  if endian == "little" then return tree:add_le(hf, r) end
  return tree:add(hf, r)
end

local function hex(s)
  return (s:gsub(".", function(ch) return string.format("%02x", ch:byte()) end))
end

-- Bytes, most significant first.
local function msb_first(s, endian)
  local b = { s:byte(1, -1) }
  if endian == "little" then
    local n = #b
    for i = 1, math.floor(n / 2) do b[i], b[n + 1 - i] = b[n + 1 - i], b[i] end
  end
  return b
end

-- The decimal text of a two's complement or unsigned integer of any width.
local function big_decimal(b, signed)
  local n = #b
  local neg = signed and n > 0 and b[1] >= 0x80
  if neg then
    local carry = 1
    for i = n, 1, -1 do
      local v = (255 - b[i]) + carry
      b[i] = v % 256
      carry = math.floor(v / 256)
    end
  end
  local digits = {}
  repeat
    local rem, nonzero = 0, false
    for i = 1, n do
      local cur = rem * 256 + b[i]
      b[i] = math.floor(cur / 10)
      rem = cur % 10
      if b[i] ~= 0 then nonzero = true end
    end
    digits[#digits + 1] = tostring(rem)
  until not nonzero
  return (neg and "-" or "") .. string.reverse(table.concat(digits))
end

local function u64_from_bytes(b)
  local v = UInt64(0)
  for i = 1, #b do v = v:lshift(8):bor(UInt64(b[i])) end
  return v
end

-- A field of `width` bits at `shift` in a run wider than a Lua number holds (bytes most
-- significant first), as a msb-first byte array sign-extended to 16 bytes when signed.
local function extract_bits(b, shift, width, signed)
  local n = #b
  local function bit_at(i)
    local byte = b[n - math.floor(i / 8)]
    return math.floor(byte / 2 ^ (i % 8)) % 2
  end
  local out = {}
  for i = 1, 16 do out[i] = 0 end
  local top = signed and bit_at(shift + width - 1) or 0
  for i = 0, 127 do
    local v = (i < width) and bit_at(shift + i) or top
    if v == 1 then
      local at = 16 - math.floor(i / 8)
      out[at] = out[at] + 2 ^ (i % 8)
    end
  end
  return out
end

-- The decimal text of a fixed-point value: the integer with `scale` decimal places.
local function decimal_text(int_text, scale)
  local neg = int_text:sub(1, 1) == "-"
  local digits = neg and int_text:sub(2) or int_text
  if scale > 0 then
    if #digits <= scale then digits = string.rep("0", scale - #digits + 1) .. digits end
    digits = digits:sub(1, #digits - scale) .. "." .. digits:sub(#digits - scale + 1)
  end
  return (neg and "-" or "") .. digits
end

-- The offset of the first byte that makes `s` invalid UTF-8 (RFC 3629), or nil.
local function utf8_error(s)
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    local len, lo, hi = 1, 0x80, 0xBF
    if c < 0x80 then len = 1
    elseif c >= 0xC2 and c <= 0xDF then len = 2
    elseif c == 0xE0 then len, lo = 3, 0xA0
    elseif c == 0xED then len, hi = 3, 0x9F
    elseif c >= 0xE1 and c <= 0xEF then len = 3
    elseif c == 0xF0 then len, lo = 4, 0x90
    elseif c >= 0xF1 and c <= 0xF3 then len = 4
    elseif c == 0xF4 then len, hi = 4, 0x8F
    else return i - 1 end
    for j = 1, len - 1 do
      local cc = s:byte(i + j)
      if cc == nil then return i - 1 end
      local l, h = 0x80, 0xBF
      if j == 1 then l, h = lo, hi end
      if cc < l or cc > h then return i - 1 end
    end
    i = i + len
  end
  return nil
end

-- A LEB128 varint: its value (UInt64) and length; malformed as the runtime defines it
-- (wire::varint): at most 10 bytes, the 10th 0 or 1.
local function read_varint(c, pos, limit, what)
  local value = UInt64(0)
  for i = 0, 9 do
    if pos + i >= limit then fail("%s: truncated varint at offset %d", what, pos) end
    local b = read_u(c, pos + i, 1)
    if i == 9 and b > 1 then fail("%s: malformed varint at offset %d", what, pos + i) end
    value = value:bor(UInt64(b % 128):lshift(7 * i))
    if b < 0x80 then return value, i + 1 end
  end
  fail("%s: malformed varint at offset %d", what, pos)
end

local function fits_unsigned(u, bits)
  return bits >= 64 or u:rshift(bits) == UInt64(0)
end

-- A length or count prefix: its value (a number) and its size.
local function read_prefix(c, prefix, pos, limit, endian, what)
  if prefix == "u8" then
    need(c, pos, 1, limit, what)
    return read_u(c, pos, 1), 1
  elseif prefix == "u16" then
    need(c, pos, 2, limit, what)
    return read_u(c, pos, 2, endian), 2
  elseif prefix == "u32" then
    need(c, pos, 4, limit, what)
    return read_u(c, pos, 4, endian), 4
  end
  local v, n = read_varint(c, pos, limit, what)
  if v:higher() >= 0x200000 then fail("%s: length %s too large", what, tostring(v)) end
  return v:tonumber(), n
end

local function natural_width(ty)
  local k = ty.k
  if k == "uint" or k == "int" or k == "float" then return ty.bytes end
  if k == "bool" then return 1 end
  if k == "decimal" then return ty.repr end
  if k == "array" then return ty.elem_len * ty.len end
  if k == "named" then
    local s = S[ty.ref]
    if s.kind == "enum" then return s.bytes end
    if s.kind == "struct" and s.fixed then return s.block_len end
  end
  return nil
end

local function flag_invalid(item, fmt, ...)
  item:add_proto_expert_info(E.invalid, string.format(fmt, ...))
end

local add_value, dissect_struct, dissect_union

local function check_enum(c, s, pos, width, endian, item, name)
  local v
  if width <= 4 then v = read_u(c, pos, width, endian) else v = read_u64(c, pos, width, endian):tonumber() end
  if s.values[v] ~= nil then return end
  if s.other then
    item:append_text(string.format(" (kept by %s)", s.other))
  else
    flag_invalid(item, "%s: invalid discriminant %d for %s", name, v, s.name)
  end
end

-- Adds a value of type `ty` at `pos` (no further than `limit`) to `tree`; `width` is its
-- width on the wire when the layout states one. Returns the position after it and its item.
-- `given`: the length of a field whose length an expression gives (ty.len_text).
add_value = function(c, ty, pos, limit, tree, endian, name, width, given)
  local k = ty.k
  width = width or natural_width(ty)
  if k == "uint" or k == "int" then
    need(c, pos, width, limit, name)
    if width <= 8 then return pos + width, add_num(tree, ty.hf, rng(c, pos, width), endian) end
    local text = big_decimal(msb_first(raw(c, pos, width), endian), k == "int")
    return pos + width, tree:add(ty.hf, rng(c, pos, width), text)
  elseif k == "float" then
    need(c, pos, width, limit, name)
    return pos + width, add_num(tree, ty.hf, rng(c, pos, width), endian)
  elseif k == "bool" then
    need(c, pos, 1, limit, name)
    local item = tree:add(ty.hf, rng(c, pos, 1))
    local b = read_u(c, pos, 1)
    if b > 1 then flag_invalid(item, "%s: invalid bool %d at offset %d (0 or 1)", name, b, pos) end
    return pos + 1, item
  elseif k == "decimal" then
    need(c, pos, width, limit, name)
    local b = msb_first(raw(c, pos, width), endian)
    local int_text = big_decimal(b, ty.signed)
    local text = decimal_text(int_text, ty.scale)
    -- tonumber of the exact decimal is the nearest float, as the derived decoder reads it.
    local item = tree:add(ty.hf, rng(c, pos, width), tonumber(text))
    item:append_text(string.format(" (%s, %s x 10^-%d)", text, int_text, ty.scale))
    return pos + width, item
  elseif k == "array" then
    need(c, pos, width, limit, name)
    local item = tree:add(ty.hf, rng(c, pos, width))
    if ty.elem then
      for i = 0, ty.len - 1 do
        local at = pos + i * ty.elem_len
        local _, el = add_value(c, ty.elem, at, at + ty.elem_len, item, endian, name, ty.elem_len)
        el:prepend_text("[" .. i .. "] ")
      end
    end
    return pos + width, item
  elseif k == "named" then
    local s = S[ty.ref]
    if s.kind == "enum" then
      need(c, pos, s.bytes, limit, name)
      local item = add_num(tree, ty.hf, rng(c, pos, s.bytes), endian)
      check_enum(c, s, pos, s.bytes, endian, item, name)
      return pos + s.bytes, item
    end
    local item
    if ty.hf then item = tree:add(ty.hf, rng(c, pos, 0)) else item = tree:add(s.proto, rng(c, pos, 0)) end
    local p
    if s.kind == "struct" then p = dissect_struct(c, s, pos, limit, item) else p = dissect_union(c, s, pos, limit, item) end
    item:set_len(p - pos)
    return p, item
  elseif k == "varint" then
    local u, n = read_varint(c, pos, limit, name)
    local bits = ty.bytes * 8
    local value
    if ty.zigzag then
      if not fits_unsigned(u, bits) then fail("%s: malformed varint at offset %d: wider than %d bits", name, pos, bits) end
      local half = Int64(u:rshift(1))
      if u:lower() % 2 == 1 then value = half:bnot() else value = half end
    elseif ty.signed then
      value = Int64(u)
      if bits < 64 and (value < -Int64(1):lshift(bits - 1) or value >= Int64(1):lshift(bits - 1)) then
        fail("%s: malformed varint at offset %d: outside %d bits", name, pos, bits)
      end
    else
      if not fits_unsigned(u, bits) then fail("%s: malformed varint at offset %d: wider than %d bits", name, pos, bits) end
      value = u
    end
    return pos + n, tree:add(ty.hf, rng(c, pos, n), value)
  elseif k == "bytes" or k == "str" then
    local len, n
    if ty.len_text then
      len, n = given, 0
    else
      len, n = read_prefix(c, ty.prefix, pos, limit, endian, name)
    end
    if len > ty.max then fail("%s: length %d at offset %d above its cap %d", name, len, pos, ty.max) end
    need(c, pos + n, len, limit, name)
    local item
    if k == "str" then
      local s = raw(c, pos + n, len)
      item = tree:add(ty.hf, rng(c, pos + n, len), s)
      local bad = utf8_error(s)
      if bad then flag_invalid(item, "%s: invalid UTF-8 at offset %d", name, pos + n + bad) end
    else
      item = tree:add(ty.hf, rng(c, pos + n, len))
      -- Wireshark shows zero bytes as <MISSING>, which reads like damage.
      if len == 0 then item:set_text(name .. ": (empty)") end
    end
    local len_item = item:add(F.len, rng(c, pos, n), UInt64(len))
    if ty.len_text then
      len_item:append_text(" (" .. ty.len_text .. ")")
      len_item:set_generated()
    end
    return pos + n + len, item
  elseif k == "list" and ty.prefix == "byte_len" then
    -- Elements until the bytes the expression gives are used up.
    need(c, pos, given, limit, name)
    local stop = pos + given
    local item = tree:add(ty.hf, rng(c, pos, given))
    local len_item = item:add(F.len, rng(c, pos, 0), UInt64(given))
    len_item:append_text(" (" .. ty.len_text .. ")")
    len_item:set_generated()
    local p, count = pos, 0
    while p < stop do
      local q, el = add_value(c, ty.elem, p, stop, item, endian, name)
      el:prepend_text("[" .. count .. "] ")
      p, count = q, count + 1
    end
    item:append_text(string.format(" (%d element%s)", count, count == 1 and "" or "s"))
    return p, item
  elseif k == "list" then
    local count, n
    if ty.len_text then
      count, n = given, 0
    else
      count, n = read_prefix(c, ty.prefix, pos, limit, endian, name)
    end
    if count > ty.max then fail("%s: count %d at offset %d above its cap %d", name, count, pos, ty.max) end
    local item = tree:add(ty.hf, rng(c, pos, n))
    local count_item = item:add(F.count, rng(c, pos, n), UInt64(count))
    if ty.len_text then
      count_item:append_text(" (" .. ty.len_text .. ")")
      count_item:set_generated()
    end
    local p = pos + n
    for i = 0, count - 1 do
      local q, el = add_value(c, ty.elem, p, limit, item, endian, name)
      el:prepend_text("[" .. i .. "] ")
      p = q
    end
    item:set_len(p - pos)
    item:append_text(string.format(" (%d element%s)", count, count == 1 and "" or "s"))
    return p, item
  elseif k == "option" then
    need(c, pos, 1, limit, name)
    local b = read_u(c, pos, 1)
    if b == 0 then
      local item = tree:add(F.present, rng(c, pos, 1), false)
      item:set_text(name .. ": None")
      return pos + 1, item
    elseif b == 1 then
      local p, item = add_value(c, ty.elem, pos + 1, limit, tree, endian, name)
      item:add(F.present, rng(c, pos, 1), true)
      return p, item
    end
    fail("%s: invalid presence byte %d at offset %d (0 or 1)", name, b, pos)
  end
  fail("%s: unknown kind %s", name, tostring(k))
end

-- A bit field of a run too wide for a mask: extracted here.
local function wide_bits(c, f, base, endian)
  local at = f.at
  local b = msb_first(raw(c, base + at.run_offset, at.run_len), endian)
  local v = extract_bits(b, at.shift, at.width, f.ty.k == "bitint")
  if f.ty.k == "bitbool" then return v[16] == 1 end
  if at.width > 64 then return big_decimal(v, f.ty.k == "bitint") end
  local low = {}
  for i = 9, 16 do low[#low + 1] = v[i] end
  local u = u64_from_bytes(low)
  if f.ty.k == "bitint" then return Int64(u) end
  return u
end

local function absent(c, tree, f, pos)
  local item = tree:add(F.absent, rng(c, pos, 0), f.name)
  local default = f.default and (": a reader uses " .. f.default) or ""
  item:set_text(string.format("%s: absent (the sender's version does not have it)%s", f.name, default))
end

local function fixed_field(c, s, f, start, tree)
  local at = f.at
  local endian = f.endian or s.endian
  if at.k == "bits" then
    local r = rng(c, start + at.run_offset, at.run_len)
    if f.masked then
      return add_num(tree, f.ty.hf, r, endian)
    end
    return tree:add(f.ty.hf, r, wide_bits(c, f, start, endian))
  end
  local pos = start + at.offset
  local _, item = add_value(c, f.ty, pos, pos + at.len, tree, endian, f.name, at.len)
  if f.magic then
    local found = raw(c, pos, at.len)
    if found ~= f.magic then
      item:add_proto_expert_info(E.bad_magic,
        string.format("%s: wrong magic at offset %d: %s, expected %s", f.name, pos, hex(found), hex(f.magic)))
    end
  end
  return item
end

-- The value of a block field as an expression reads it (a bool as 0 or 1).
local function field_number(c, s, f, start)
  local at, endian = f.at, f.endian or s.endian
  local b
  if at.k == "bits" then
    b = msb_first(raw(c, start + at.run_offset, at.run_len), endian)
  else
    b = msb_first(raw(c, start + at.offset, at.len), endian)
  end
  local v = 0
  for i = 1, #b do v = v * 256 + b[i] end
  if at.k == "bits" then
    v = math.floor(v / 2 ^ at.shift) % 2 ^ at.width
    if f.ty.k == "bitint" and v >= 2 ^ (at.width - 1) then v = v - 2 ^ at.width end
  elseif f.ty.k == "int" and b[1] >= 0x80 then
    v = v - 2 ^ (8 * #b)
  end
  return exact(v, f.name)
end

-- The value of a variable field an expression reads (an integer, a varint, a bool) from
-- its bytes at `from` to `to`; nil for a value it cannot read exactly.
local function ty_signed(ty)
  return ty.signed or ty.zigzag
end

local function var_number(c, s, f, from, to)
  local k = f.ty.k
  if k == "bool" then return read_u(c, from, 1) end
  if k == "uint" or k == "int" then
    local b = msb_first(raw(c, from, to - from), f.endian or s.endian)
    local v = 0
    for i = 1, #b do v = v * 256 + b[i] end
    if k == "int" and b[1] >= 0x80 then v = v - 2 ^ (8 * #b) end
    return v
  end
  if k == "varint" and not ty_signed(f.ty) then
    local u = read_varint(c, from, to, f.name)
    if u:higher() < 0x200000 then return u:tonumber() end
  end
  return nil
end

-- The length a field's expression gives, checked as the derived decoder checks it.
local function computed_len(f, vals, pos)
  local len = eval(f.ty.len_expr, vals, f.name)
  if len < 0 then fail("%s: length %d computed from %s at offset %d is negative", f.name, len, f.ty.len_text, pos) end
  if len > f.ty.max then
    fail("%s: length %d computed from %s at offset %d above its cap %d", f.name, len, f.ty.len_text, pos, f.ty.max)
  end
  return len
end

-- Marks each checksum field correct or not, as Wireshark's own dissectors do.
local function check_sums(c, s, base, start, block_len, stop, spans, items)
  for _, k in ipairs(s.checksums) do
    local item = items[k.field]
    if item then
      local lo, hi
      if k.over == "message" then
        lo, hi = base, stop
      elseif k.over == "block" then
        lo, hi = start, start + block_len
      else
        lo, hi = spans[k.first][1], spans[k.last][2]
      end
      local at = start + k.at
      local data = raw(c, lo, hi - lo)
      local a, b = math.max(lo, at), math.min(hi, at + k.len)
      if a < b then data = data:sub(1, a - lo) .. string.rep("\0", b - a) .. data:sub(b - lo + 1) end
      local expected = CHECKSUMS[k.alg](data)
      local found = read_u(c, at, k.len, k.endian or s.endian)
      local status = item:add(F.checksum_status, rng(c, at, k.len), expected == found and 1 or 0)
      status:set_generated()
      if expected == found then
        item:append_text(" [correct]")
      else
        local digits = k.len == 2 and "%04x" or "%08x"
        item:append_text(string.format(" [incorrect, should be 0x" .. digits .. "]", expected))
        item:add_proto_expert_info(E.bad_checksum, string.format("%s: %s checksum 0x" .. digits
          .. ", should be 0x" .. digits .. "%s", k.field, k.alg, found, expected,
          k.verify and " (the decoder refuses the message)" or ""))
      end
    end
  end
end

dissect_struct = function(c, s, pos, limit, tree)
  local block_len, header, var_len = s.block_len, 0, nil
  if s.version then
    need(c, pos, 2, limit, s.name .. " block length")
    block_len = read_u(c, pos, 2, s.endian)
    tree:add(F.block_len, rng(c, pos, 2), block_len)
    header = 2
    if s.has_var then
      need(c, pos + 2, 4, limit, s.name .. " variable length")
      var_len = read_u(c, pos + 2, 4, s.endian)
      tree:add(F.var_len, rng(c, pos + 2, 4), var_len)
      header = 6
    end
    if block_len < s.block_len and not s.short_blocks[block_len] then
      fail("%s: invalid block length %d at offset %d", s.name, block_len, pos)
    end
  end
  local start = pos + header
  need(c, start, block_len, limit, s.name .. " block")
  -- What expressions read, where each field lies (for checksums), the checksum fields.
  local vals, spans, items = {}, {}, {}
  for _, f in ipairs(s.fields) do
    if f.at.k ~= "var" then
      if s.version and f.at.fend > block_len then
        absent(c, tree, f, start + block_len)
      else
        items[f.name] = fixed_field(c, s, f, start, tree)
        spans[f.name] = { start + (f.at.offset or f.at.run_offset), start + f.at.fend }
        if s.reads[f.name] then vals[f.name] = field_number(c, s, f, start) end
      end
    end
  end
  local p = start + block_len
  if block_len > s.block_len then
    tree:add(F.unknown_block, rng(c, start + s.block_len, block_len - s.block_len))
  end
  local vlimit = limit
  if var_len then
    need(c, p, var_len, limit, s.name .. " variable fields")
    vlimit = p + var_len
  end
  for _, f in ipairs(s.fields) do
    if f.at.k == "var" then
      -- A field newer than the sender's version would start where the variable part ends.
      local from = p
      if s.version and f.since > 1 and p >= vlimit then
        absent(c, tree, f, p)
      elseif f.cond and eval(f.cond, vals, f.name) == 0 then
        -- #[wire(if)]: no bytes when the condition does not hold, and no presence byte.
        local item = tree:add(F.absent, rng(c, p, 0), f.name)
        item:set_text(string.format("%s: absent (%s does not hold)", f.name, f.cond_text))
        item:set_generated()
      else
        local given = f.ty.len_expr and computed_len(f, vals, p)
        local item
        p, item = add_value(c, f.ty, p, vlimit, tree, f.endian or s.endian, f.name, nil, given)
        if f.cond then item:append_text(" (present: " .. f.cond_text .. ")") end
        if s.reads[f.name] then vals[f.name] = var_number(c, s, f, from, p) end
      end
      spans[f.name] = { from, p }
    end
  end
  if var_len then
    if p < vlimit then tree:add(F.unknown_var, rng(c, p, vlimit - p)) end
    p = vlimit
  end
  check_sums(c, s, pos, start, block_len, p, spans, items)
  return p
end

dissect_union = function(c, u, pos, limit, tree)
  local tag, n
  if u.tag == "u8" then
    need(c, pos, 1, limit, u.name .. " tag")
    tag, n = read_u(c, pos, 1), 1
    tree:add(u.tag_hf, rng(c, pos, 1))
  elseif u.tag == "header" then
    -- #[wire(tag = "header")]: the frame header's message type, not in the payload.
    if c.msg_type == nil then
      fail("%s: its tag is the frame header's message type, and this framing has none", u.name)
    end
    tag, n = c.msg_type, 0
    tree:add(u.tag_hf, tag):set_generated()
  elseif u.tag == "u16" then
    need(c, pos, 2, limit, u.name .. " tag")
    tag, n = read_u(c, pos, 2, u.endian), 2
    add_num(tree, u.tag_hf, rng(c, pos, 2), u.endian)
  else
    local v
    v, n = read_varint(c, pos, limit, u.name .. " tag")
    tree:add(u.tag_hf, rng(c, pos, n), v)
    tag = v:tonumber()
  end
  local p = pos + n
  local v = u.variants[tag]
  -- The frame's label names the variant of the message's own union, not of a union
  -- nested in a struct (an IPv4 option in a packet's list).
  if u == c.top then c.variant = c.variant or (v and v.name) or u.other end
  if v == nil then
    if u.other == nil then fail("%s: unknown tag %s at offset %d", u.name, tostring(tag), pos) end
    local item = tree:add(F.unparsed, rng(c, p, limit - p))
    item:add_proto_expert_info(E.unknown_tag,
      string.format("%s: tag %s is unknown: %s keeps the %d byte(s) after it unparsed", u.name, tostring(tag), u.other, limit - p))
    return limit
  end
  if v.payload == nil then return p end
  return (add_value(c, v.payload, p, limit, tree, u.endian, v.name))
end

-- One message: the whole payload, flagged when the derived decoder would refuse it.
local function dissect_message(c, s, tree)
  local item = tree:add(s.proto, rng(c, 0, c.len))
  c.top = s
  local ok, err = pcall(function()
    local p
    if s.kind == "struct" then
      p = dissect_struct(c, s, 0, c.len, item)
    elseif s.kind == "union" then
      p = dissect_union(c, s, 0, c.len, item)
    else
      p = add_value(c, { k = "named", ref = s.key, hf = s.value_hf }, 0, c.len, item, nil, s.name)
    end
    if p < c.len then
      local extra = item:add(F.trailing, rng(c, p, c.len - p))
      extra:add_proto_expert_info(E.trailing, string.format("%d byte(s) after the end of %s", c.len - p, s.name))
    end
  end)
  if not ok then
    local msg = (getmetatable(err) == Failure) and err.msg or tostring(err)
    item:add_proto_expert_info(E.malformed, s.name .. ": " .. msg)
  end
end

-- ---------------------------------------------------------------------------------------
-- The frame layer.

local HEADER_LEN = CONFIG.header_len
local SYNC = "\245\197"
local HEADER_CRC_AT = 14
local ONE_MORE_SEGMENT = DESEGMENT_ONE_MORE_SEGMENT or 0x0fffffff

local function payload_len(tvb, o)
  if CONFIG.framing == "wire_header" then return tvb(o + 6, 4):uint() end
  local r = tvb(o, HEADER_LEN)
  if CONFIG.prefix_endian == "little" then return r:le_uint() end
  return r:uint()
end

-- The header CRC-16 a `WireHeader` at `o` carries, and the one its bytes give.
local function header_crcs(tvb, o)
  return tvb(o + HEADER_CRC_AT, 2):uint(), crc16(tvb:raw(o, HEADER_CRC_AT))
end

-- Whether the bytes at `o` are a header the frame decoder accepts, and if not, why. The
-- header CRC is checked before any field is believed, as the decoder does.
local function check_header(tvb, o)
  if CONFIG.framing == "wire_header" then
    if tvb:raw(o, 2) ~= SYNC then return "no sync word" end
    local carried, computed = header_crcs(tvb, o)
    if carried ~= computed then
      return string.format("bad header CRC-16: the header carries 0x%04x, its bytes give 0x%04x", carried, computed), true
    end
    local flags = tvb(o + 5, 1):uint()
    if band(flags, 0xFC) ~= 0 then return string.format("reserved flag bits set (0x%02x)", flags) end
    if band(flags, 1) == 0 and tvb(o + 10, 4):uint() ~= 0 then return "a CRC without the CRC flag" end
  end
  local len = payload_len(tvb, o)
  if len > CONFIG.max_frame_len then
    return string.format("payload length %d above the maximum %d", len, CONFIG.max_frame_len)
  end
  return nil
end

-- The offset of the next possible header after damage at `o`.
local function resync(tvb, o, total)
  if CONFIG.framing ~= "wire_header" then return total end
  local from = o + 1
  if from >= total then return total end
  local at = tvb:raw(from, total - from):find(SYNC, 1, true)
  if at == nil then return total end
  return from + at - 1
end

local function schema_of(msg_type)
  local key = msg_type and CONFIG.messages[msg_type] or CONFIG.default
  return key and S[key]
end

-- A frame of `flen` bytes at `o`, of which `have` are captured.
local function dissect_frame(tvb, pinfo, tree, o, have, flen, names)
  local item = tree:add(frame_proto, tvb(o, have))
  local msg_type, flags = nil, 0
  local plen = flen - HEADER_LEN
  if CONFIG.framing == "wire_header" then
    msg_type = tvb(o + 2, 2):uint()
    flags = tvb(o + 5, 1):uint()
    item:add(F.sync, tvb(o, 2))
    item:add(F.msg_type, tvb(o + 2, 2))
    item:add(F.version, tvb(o + 4, 1))
    local flag_item = item:add(F.flags, tvb(o + 5, 1))
    flag_item:add(F.flag_crc, tvb(o + 5, 1))
    flag_item:add(F.flag_lz4, tvb(o + 5, 1))
    flag_item:add(F.flag_reserved, tvb(o + 5, 1))
    item:add(F.payload_len, tvb(o + 6, 4))
    local header_crc_item = item:add(F.header_crc, tvb(o + HEADER_CRC_AT, 2))
    local _, header_computed = header_crcs(tvb, o)
    header_crc_item:add(F.header_crc_computed, tvb(o + HEADER_CRC_AT, 2), header_computed)
    header_crc_item:add(F.header_crc_status, tvb(o + HEADER_CRC_AT, 2), 1)
    local crc_item = item:add(F.crc, tvb(o + 10, 4))
    if band(flags, 1) == 0 then
      crc_item:add(F.crc_status, tvb(o + 10, 4), 2)
    elseif have == flen then
      local computed = crc32c(tvb:raw(o, 10) .. (plen > 0 and tvb:raw(o + HEADER_LEN, plen) or ""))
      local carried = tvb(o + 10, 4):uint()
      crc_item:add(F.crc_computed, tvb(o + 10, 4), computed)
      if computed == carried then
        crc_item:add(F.crc_status, tvb(o + 10, 4), 1)
      else
        crc_item:add(F.crc_status, tvb(o + 10, 4), 0)
        crc_item:add_proto_expert_info(E.bad_crc,
          string.format("bad CRC32C: the frame carries 0x%08x, its bytes give 0x%08x", carried, computed))
      end
    end
  else
    add_num(item, F.frame_len, tvb(o, HEADER_LEN), CONFIG.prefix_endian)
  end
  if have < flen then
    item:add(F.payload, tvb(o + HEADER_LEN, have - HEADER_LEN))
    item:add_proto_expert_info(E.truncated, string.format("truncated frame: %d of %d byte(s)", have, flen))
    names[#names + 1] = "truncated frame"
    return
  end
  if band(flags, 2) ~= 0 then
    -- The payload is the decompressed length (u32, big-endian), then one lz4 block.
    local s = schema_of(msg_type)
    local label = (s and s.name or ("type " .. tostring(msg_type))) .. " (lz4-compressed)"
    local block
    if plen >= 4 then
      item:add(F.uncompressed_len, tvb(o + HEADER_LEN, 4))
      block = item:add(F.compressed, tvb(o + HEADER_LEN + 4, plen - 4))
    else
      block = item:add(F.compressed, tvb(o + HEADER_LEN, plen))
    end
    block:add_proto_expert_info(E.compressed, "lz4-compressed payload: shown as compressed bytes")
    item:append_text(", " .. label)
    names[#names + 1] = label
    return
  end
  local s = schema_of(msg_type)
  if s == nil then
    local bytes = item:add(F.payload, tvb(o + HEADER_LEN, plen))
    bytes:add_proto_expert_info(E.unknown_type, string.format("no schema for message type %s", tostring(msg_type)))
    names[#names + 1] = "type " .. tostring(msg_type)
    return
  end
  local c = { tvb = tvb, base = o + HEADER_LEN, len = plen, msg_type = msg_type }
  dissect_message(c, s, item)
  local label = c.variant and (s.name .. "." .. c.variant) or s.name
  item:append_text(", " .. label)
  names[#names + 1] = label
end

-- TCP calls the dissector again for the frames after a reassembled one, in the same
-- packet: their names are appended to the ones already shown.
local last_info = { number = -1, text = "" }
local function show_info(pinfo, text)
  if text == "" then return end
  local current = tostring(pinfo.cols.info)
  if last_info.number == pinfo.number and last_info.text ~= "" and current:find(last_info.text, 1, true) then
    pinfo.cols.info:append(", " .. text)
    last_info.text = last_info.text .. ", " .. text
  else
    pinfo.cols.info:set(text)
    last_info.number, last_info.text = pinfo.number, text
  end
end

function frame_proto.dissector(tvb, pinfo, tree)
  local total = tvb:len()
  if total == 0 then return 0 end
  pinfo.cols.protocol = CONFIG.name
  local names = {}
  local offset = 0
  while offset < total do
    local remaining = total - offset
    if remaining < HEADER_LEN then
      if pinfo.can_desegment > 0 then
        pinfo.desegment_offset = offset
        pinfo.desegment_len = ONE_MORE_SEGMENT
        break
      end
      local item = tree:add(frame_proto, tvb(offset, remaining))
      item:add_proto_expert_info(E.truncated, string.format("truncated frame header: %d of %d byte(s)", remaining, HEADER_LEN))
      break
    end
    local why, bad_header_crc = check_header(tvb, offset)
    if why then
      local next_at = resync(tvb, offset, total)
      local item = tree:add(frame_proto, tvb(offset, next_at - offset))
      item:append_text(" (skipped bytes)")
      if bad_header_crc then
        -- Shown, not believed: the length may be the damaged field.
        local _, computed = header_crcs(tvb, offset)
        local crc_item = item:add(F.header_crc, tvb(offset + HEADER_CRC_AT, 2))
        crc_item:add(F.header_crc_computed, tvb(offset + HEADER_CRC_AT, 2), computed)
        crc_item:add(F.header_crc_status, tvb(offset + HEADER_CRC_AT, 2), 0)
        crc_item:add_proto_expert_info(E.bad_header_crc, why)
      end
      item:add(F.skipped, tvb(offset, next_at - offset))
      item:add_proto_expert_info(E.resync, string.format("%d byte(s) skipped: %s", next_at - offset, why))
      offset = next_at
    else
      local flen = HEADER_LEN + payload_len(tvb, offset)
      if remaining < flen and pinfo.can_desegment > 0 then
        pinfo.desegment_offset = offset
        pinfo.desegment_len = flen - remaining
        break
      end
      local have = math.min(flen, remaining)
      dissect_frame(tvb, pinfo, tree, offset, have, flen, names)
      offset = offset + have
    end
  end
  show_info(pinfo, table.concat(names, ", "))
  return total
end

-- Ports: preferences (Edit > Preferences > Protocols, or -o <abbrev>.tcp_port:N).
frame_proto.prefs.tcp_port = Pref.uint("TCP port", CONFIG.tcp_port, "The TCP port of " .. CONFIG.name .. " (0: none)")
frame_proto.prefs.udp_port = Pref.uint("UDP port", CONFIG.udp_port, "The UDP port of " .. CONFIG.name .. " (0: none)")
local registered = { tcp = 0, udp = 0 }

local function register_ports()
  local tcp, udp = DissectorTable.get("tcp.port"), DissectorTable.get("udp.port")
  if registered.tcp ~= 0 then tcp:remove(registered.tcp, frame_proto) end
  if registered.udp ~= 0 then udp:remove(registered.udp, frame_proto) end
  registered.tcp, registered.udp = frame_proto.prefs.tcp_port, frame_proto.prefs.udp_port
  if registered.tcp ~= 0 then tcp:add(registered.tcp, frame_proto) end
  if registered.udp ~= 0 then udp:add(registered.udp, frame_proto) end
end

function frame_proto.prefs_changed()
  register_ports()
end

register_ports()
DissectorTable.get("tcp.port"):add_for_decode_as(frame_proto)
DissectorTable.get("udp.port"):add_for_decode_as(frame_proto)
