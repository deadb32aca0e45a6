
-- Bit operations: Lua 5.2 (Wireshark up to 4.2) has bit32; Lua 5.3 and later (Wireshark
-- 4.4 and later) have operators, compiled from text so that this file still parses on 5.2.
local band, bxor, rshift, bnot
if bit32 then
  band, bxor, rshift, bnot = bit32.band, bit32.bxor, bit32.rshift, bit32.bnot
else
  band, bxor, rshift, bnot = load([[return
    function(a, b) return a & b end,
    function(a, b) return (a ~ b) & 0xFFFFFFFF end,
    function(a, n) return (a & 0xFFFFFFFF) >> n end,
    function(a) return (~a) & 0xFFFFFFFF end]])()
end

local A = CONFIG.abbrev
local frame_proto = Proto(A, CONFIG.name)

-- The frame layer's fields, and the fields every message type shares.
local F = {
  sync = ProtoField.uint16(A .. ".sync", "Sync word", base.HEX),
  msg_type = ProtoField.uint16(A .. ".msg_type", "Message type", base.DEC, CONFIG.message_names),
  version = ProtoField.uint8(A .. ".version", "Version", base.DEC),
  flags = ProtoField.uint8(A .. ".flags", "Flags", base.HEX),
  flag_crc = ProtoField.bool(A .. ".flags.crc", "CRC32C present", 8, nil, 0x01),
  flag_lz4 = ProtoField.bool(A .. ".flags.compressed", "lz4-compressed", 8, nil, 0x02),
  flag_reserved = ProtoField.uint8(A .. ".flags.reserved", "Reserved", base.HEX, nil, 0xFC),
  payload_len = ProtoField.uint32(A .. ".payload_len", "Payload length", base.DEC),
  crc = ProtoField.uint32(A .. ".crc", "CRC32C", base.HEX),
  crc_computed = ProtoField.uint32(A .. ".crc.computed", "Computed CRC32C", base.HEX),
  crc_status = ProtoField.uint8(A .. ".crc.status", "CRC32C status", base.DEC,
    { [0] = "Bad", [1] = "Good", [2] = "Not present" }),
  header_crc = ProtoField.uint16(A .. ".header_crc", "Header CRC-16", base.HEX),
  header_crc_computed = ProtoField.uint16(A .. ".header_crc.computed", "Computed header CRC-16", base.HEX),
  header_crc_status = ProtoField.uint8(A .. ".header_crc.status", "Header CRC-16 status", base.DEC,
    { [0] = "Bad", [1] = "Good" }),
  frame_len = ProtoField.uint32(A .. ".frame_len", "Length prefix", base.DEC),
  payload = ProtoField.bytes(A .. ".payload", "Payload"),
  uncompressed_len = ProtoField.uint32(A .. ".uncompressed_len", "Uncompressed length", base.DEC),
  compressed = ProtoField.bytes(A .. ".compressed", "lz4 block"),
  skipped = ProtoField.bytes(A .. ".skipped", "Skipped bytes"),
  len = ProtoField.uint64(A .. ".len", "Length", base.DEC),
  count = ProtoField.uint64(A .. ".count", "Count", base.DEC),
  present = ProtoField.bool(A .. ".present", "Present", base.NONE),
  absent = ProtoField.string(A .. ".absent", "Absent field"),
  block_len = ProtoField.uint16(A .. ".block_len", "Block length", base.DEC),
  var_len = ProtoField.uint32(A .. ".var_len", "Variable fields length", base.DEC),
  unknown_block = ProtoField.bytes(A .. ".unknown_block", "Block bytes of a newer version"),
  unknown_var = ProtoField.bytes(A .. ".unknown_var", "Variable bytes of a newer version"),
  unparsed = ProtoField.bytes(A .. ".unparsed", "Unparsed bytes"),
  trailing = ProtoField.bytes(A .. ".trailing", "Trailing bytes"),
  checksum_status = ProtoField.uint8(A .. ".checksum.status", "Checksum status", base.DEC,
    { [0] = "Bad", [1] = "Good" }),
}
frame_proto.fields = F

local function expert_info(name, text, group, severity)
  return ProtoExpert.new(A .. ".expert." .. name, text, group, severity)
end
local E = {
  bad_crc = expert_info("bad_crc", "Bad CRC32C", expert.group.CHECKSUM, expert.severity.ERROR),
  bad_header_crc = expert_info("bad_header_crc", "Bad header CRC-16", expert.group.CHECKSUM, expert.severity.ERROR),
  malformed = expert_info("malformed", "Malformed message", expert.group.MALFORMED, expert.severity.ERROR),
  bad_magic = expert_info("bad_magic", "Wrong magic constant", expert.group.MALFORMED, expert.severity.ERROR),
  invalid = expert_info("invalid_value", "Invalid value", expert.group.MALFORMED, expert.severity.ERROR),
  truncated = expert_info("truncated", "Truncated frame", expert.group.MALFORMED, expert.severity.ERROR),
  trailing = expert_info("trailing", "Bytes after the message", expert.group.MALFORMED, expert.severity.ERROR),
  resync = expert_info("resync", "Bytes skipped to the next frame", expert.group.MALFORMED, expert.severity.WARN),
  unknown_type = expert_info("unknown_type", "Unknown message type", expert.group.UNDECODED, expert.severity.WARN),
  unknown_tag = expert_info("unknown_tag", "Unknown tag kept unparsed", expert.group.UNDECODED, expert.severity.NOTE),
  compressed = expert_info("compressed", "Compressed payload not decoded", expert.group.UNDECODED, expert.severity.NOTE),
  bad_checksum = expert_info("bad_checksum", "Bad checksum field", expert.group.CHECKSUM, expert.severity.ERROR),
}
frame_proto.experts = E

-- Filled in below: protocols, fields, enum names and layouts, by schema key.
local P, HF, VS, S = {}, {}, {}, {}
