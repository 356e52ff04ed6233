// guppy.js: the fish in a browser, written a second time in plain JavaScript.
//
// The same steps as the Python package, with the same names:
//   Tokenizer        byte-level BPE read from tokenizer.json      (guppy/tokenizer/tokenizer.py)
//   readSafetensors  the weights file, F32 or F16                 (minigrad/safetensors.py)
//   GuppyModel       embeddings, pre-norm blocks, causal attention, ReLU FFN, final norm,
//                    head (tied or its own); forwardCached keeps each layer's keys and values
//                                                                 (guppy/model.py, generate.py)
//   pickToken, generate, buildPromptIds, reply                    (guppy/generate.py)
//   runPage          the chat page around them (index.html calls it)
// One module, no dependencies: the page imports it, and so does the Node test harness
// (tests/web_harness.mjs), so the code the tests check is the code the page runs.

// ------------------------------------------------------------------ chat format
export const PAD = "<pad>", IM_START = "<|im_start|>", IM_END = "<|im_end|>";
export const SPECIAL_TOKENS = [PAD, IM_START, IM_END]; // ids 0, 1, 2 in that order
export const IM_END_ID = 2;

/** The text the model sees before it starts to answer (guppy/data/chat_format.py). */
export function formatPrompt(userText) {
  return `${IM_START}user\n${userText}${IM_END}\n${IM_START}assistant\n`;
}

/** A file or a prompt that cannot be used; the message is one readable line for the page. */
export class FishError extends Error {}

// Python's str.split() and str.strip() cut on these (str.isspace); JavaScript's \s differs
// (it has U+FEFF, lacks U+001C-U+001F and U+0085), so the class is written out.
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, "u");
const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "gu");

// ------------------------------------------------------------------ byte-level BPE
// Each byte value is shown as one printable character (GPT-2): the printable Latin-1
// bytes stand for themselves, the other 68 move to 256, 257, ... in byte order.
function bytesToUnicode() {
  const printable = (b) => (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
  const chars = [];
  let moved = 0;
  for (let b = 0; b < 256; b++) chars.push(String.fromCodePoint(printable(b) ? b : 256 + moved++));
  return chars;
}
const BYTE_TO_CHAR = bytesToUnicode();
const CHAR_TO_BYTE = new Map(BYTE_TO_CHAR.map((c, b) => [c, b]));

// The GPT-2 pre-tokenizer. Python's `regex` \s is Unicode White_Space: JavaScript's \s
// without U+FEFF, with U+0085; so \s and \S are written as that class.
const WS = "\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PRETOKEN_RE = new RegExp(
  `'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^${WS}\\p{L}\\p{N}]+|[${WS}]+(?![^${WS}])|[${WS}]+`, "gu");
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const utf8 = new TextEncoder();

export class Tokenizer {
  /** doc: the parsed tokenizer.json (HuggingFace ByteLevel BPE, as guppy/tokenizer/hf_json.py writes it). */
  constructor(doc) {
    const model = doc && doc.model;
    if (!model || typeof model !== "object") throw new FishError("tokenizer.json has no 'model' section");
    if ((model.type ?? "BPE") !== "BPE") {
      throw new FishError(`tokenizer.json: model type is ${model.type}; only BPE is supported`);
    }
    const pre = doc.pre_tokenizer;
    if (!pre || pre.type !== "ByteLevel" || pre.add_prefix_space || pre.use_regex === false) {
      throw new FishError("tokenizer.json: the pre_tokenizer must be ByteLevel without prefix space " +
        "(GPT-2 byte-level BPE)");
    }
    if (doc.normalizer != null) throw new FishError("tokenizer.json: a normalizer is not supported (it must be null)");
    if (!model.vocab || typeof model.vocab !== "object" || !Array.isArray(model.merges)) {
      throw new FishError("tokenizer.json: model needs a 'vocab' object and a 'merges' list");
    }
    const vocab = new Map(Object.entries(model.vocab));
    const added = [];
    for (const entry of doc.added_tokens ?? []) {
      if (typeof entry?.content !== "string" || !Number.isInteger(entry?.id)) {
        throw new FishError("tokenizer.json: an added_tokens entry needs a string 'content' and an integer 'id'");
      }
      if (vocab.has(entry.content) && vocab.get(entry.content) !== entry.id) {
        throw new FishError(`tokenizer.json: added token ${entry.content} has id ${entry.id} ` +
          `but the vocab gives it ${vocab.get(entry.content)}`);
      }
      vocab.set(entry.content, entry.id);
      added.push(entry.content);
    }
    this.tokens = new Array(vocab.size).fill(null); // id -> token string
    for (const [token, id] of vocab) {
      if (!Number.isInteger(id) || id < 0 || id >= vocab.size || this.tokens[id] !== null) {
        throw new FishError(`tokenizer.json: vocab ids must run 0..${vocab.size - 1}, each once; ` +
          `${JSON.stringify(token)} has ${id}`);
      }
      this.tokens[id] = token;
    }
    this.ids = vocab;
    SPECIAL_TOKENS.forEach((special, expected) => {
      if (vocab.get(special) !== expected) {
        throw new FishError(`tokenizer.json: special token ${special} must have id ${expected}, ` +
          `got ${vocab.get(special)}`);
      }
    });
    // the strings cut out of the text whole, guppy's specials first; the longest wins a tie
    this.added = new Map([...SPECIAL_TOKENS, ...added].map((t) => [t, vocab.get(t)]));
    const alternatives = [...this.added.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.splitter = new RegExp(`(${alternatives.join("|")})`, "u");

    this.byteId = BYTE_TO_CHAR.map((c) => vocab.get(c)); // byte value -> id
    const missing = this.byteId.filter((id) => id === undefined).length;
    if (missing) throw new FishError(`tokenizer.json: the vocab lacks ${missing} of the 256 byte symbols`);

    // (left id, right id) -> [rank, merged id]; a pair listed twice keeps its last rank, as in Python
    this.mergeOf = new Map();
    model.merges.forEach((merge, rank) => {
      const [left, right] = typeof merge === "string" ? merge.split(" ") : merge;
      const merged = vocab.get(left + right);
      if (!vocab.has(left) || !vocab.has(right) || merged === undefined) {
        throw new FishError(`tokenizer.json: merge ${rank} (${JSON.stringify(merge)}) names symbols the vocab lacks`);
      }
      this.mergeOf.set(vocab.get(left) * vocab.size + vocab.get(right), [rank, merged]);
    });

    // id -> the bytes it stands for; added tokens stand for their own text
    this.idBytes = this.tokens.map((t) => this.added.has(t) || [...t].some((c) => !CHAR_TO_BYTE.has(c))
      ? utf8.encode(t) : Uint8Array.from([...t], (c) => CHAR_TO_BYTE.get(c)));
    this.pretokenCache = new Map();
  }

  get vocabSize() {
    return this.tokens.length;
  }

  /** The ids of text: special tokens whole, then each pre-token's bytes merged by rank. */
  encode(text) {
    const ids = [];
    for (const piece of this.pretokenize(text)) {
      if (this.added.has(piece.special)) ids.push(this.added.get(piece.special));
      else ids.push(...this.encodePretoken(piece));
    }
    return ids;
  }

  /** The pieces merges never cross: the special tokens (as {special}), and GPT-2 pre-tokens of the text between. */
  pretokenize(text) {
    if (!text.isWellFormed()) throw new FishError("the text holds a lone surrogate, which is not valid unicode");
    const pieces = [];
    text.split(this.splitter).forEach((part, k) => {
      if (k % 2) pieces.push({ special: part }); // split() puts the captured specials at odd positions
      else for (const [pretoken] of part.matchAll(PRETOKEN_RE)) pieces.push(pretoken);
    });
    return pieces;
  }

  encodePretoken(pretoken) {
    let ids = this.pretokenCache.get(pretoken);
    if (ids === undefined) {
      ids = this.applyMerges(Array.from(utf8.encode(pretoken), (b) => this.byteId[b]));
      if (this.pretokenCache.size >= 200_000) this.pretokenCache.clear();
      this.pretokenCache.set(pretoken, ids);
    }
    return ids;
  }

  /** Merge within one pre-token: the pair learned first, everywhere, left to right; repeat. */
  applyMerges(ids) {
    const n = this.tokens.length;
    while (ids.length > 1) {
      let best = null;
      for (let i = 0; i + 1 < ids.length; i++) {
        const found = this.mergeOf.get(ids[i] * n + ids[i + 1]);
        if (found !== undefined && (best === null || found[0] < best[0])) best = [...found, ids[i], ids[i + 1]];
      }
      if (best === null) break;
      const [, merged, a, b] = best;
      const out = [];
      for (let i = 0; i < ids.length; i++) {
        if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
          out.push(merged);
          i++;
        } else out.push(ids[i]);
      }
      ids = out;
    }
    return ids;
  }

  /** The text of ids; byte sequences that are not UTF-8 come out as U+FFFD (as Python's errors="replace"). */
  decode(ids) {
    const parts = ids.map((id) => {
      if (!(id >= 0 && id < this.idBytes.length)) {
        throw new FishError(`cannot decode id ${id}: ids run from 0 to ${this.idBytes.length - 1}`);
      }
      return this.idBytes[id];
    });
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      bytes.set(p, offset);
      offset += p.length;
    }
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes); // (ignoreBOM: keep a leading U+FEFF as text)
  }
}

// ------------------------------------------------------------------ safetensors
// [8 bytes: header length N, u64 little-endian][N bytes: JSON header][the tensors' bytes]

let halfTable = null; // float16 bit pattern -> its float32 value, built on first use

function halfToFloat(bits) {
  const sign = bits & 0x8000 ? -1 : 1, exponent = (bits >> 10) & 0x1f, fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // zero and subnormals
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** name -> {shape, data: Float32Array} of a .safetensors ArrayBuffer holding F32 or F16 tensors. */
export function readSafetensors(buffer, fileName = "model.safetensors") {
  const fail = (why) => {
    throw new FishError(`${fileName}: ${why}`);
  };
  if (buffer.byteLength < 8) fail("the file is shorter than its 8-byte header length");
  const headerLength = Number(new DataView(buffer).getBigUint64(0, true));
  if (headerLength > buffer.byteLength - 8) fail(`the header claims ${headerLength} bytes, more than the file holds`);
  let header;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(buffer, 8, headerLength)));
  } catch (error) {
    fail(`the header is not JSON (${error.message})`);
  }
  const dataStart = 8 + headerLength, dataLength = buffer.byteLength - dataStart;
  const tensors = new Map();
  for (const [name, info] of Object.entries(header)) {
    if (name === "__metadata__") continue;
    const { dtype, shape, data_offsets: offsets } = info ?? {};
    if (dtype !== "F32" && dtype !== "F16") fail(`tensor ${name} has dtype ${dtype}; the page reads F32 and F16`);
    if (!Array.isArray(shape) || !Array.isArray(offsets) || offsets.length !== 2) {
      fail(`tensor ${name} lacks a shape or data_offsets`);
    }
    const count = shape.reduce((a, b) => a * b, 1), width = dtype === "F32" ? 4 : 2;
    const [begin, end] = offsets;
    if (!(begin >= 0 && end <= dataLength && end - begin === count * width)) {
      fail(`tensor ${name}'s data_offsets do not fit its shape or the file`);
    }
    let data;
    if (dtype === "F32") {
      const at = dataStart + begin;
      data = at % 4 === 0 ? new Float32Array(buffer, at, count) : new Float32Array(buffer.slice(at, at + count * 4));
    } else {
      if (halfTable === null) halfTable = Float32Array.from({ length: 65536 }, (_, bits) => halfToFloat(bits));
      const view = new DataView(buffer, dataStart + begin, count * 2);
      data = new Float32Array(count);
      for (let i = 0; i < count; i++) data[i] = halfTable[view.getUint16(2 * i, true)];
    }
    tensors.set(name, { shape, data });
  }
  return tensors;
}

// ------------------------------------------------------------------ the model
/** Every parameter's name and shape, in the order of guppy/config.py param_shapes. */
export function paramShapes(m) {
  const D = m.d_model, F = m.d_ff;
  const shapes = [["tok_emb.weight", [m.vocab_size, D]], ["pos_emb.weight", [m.max_seq_len, D]]];
  for (let i = 0; i < m.n_layers; i++) {
    const b = `blocks.${i}.`;
    shapes.push(
      [b + "norm1.weight", [D]], [b + "norm1.bias", [D]],
      [b + "attn.qkv.weight", [3 * D, D]], [b + "attn.qkv.bias", [3 * D]],
      [b + "attn.out.weight", [D, D]], [b + "attn.out.bias", [D]],
      [b + "norm2.weight", [D]], [b + "norm2.bias", [D]],
      [b + "ffn.up.weight", [F, D]], [b + "ffn.up.bias", [F]],
      [b + "ffn.down.weight", [D, F]], [b + "ffn.down.bias", [D]],
    );
  }
  shapes.push(["norm.weight", [D]], ["norm.bias", [D]]);
  if (m.tied_head === false) shapes.push(["head.weight", [m.vocab_size, D]]);
  return shapes;
}

/** y[r] = LayerNorm(x[r]) * gamma + beta for each of `rows` rows of width D (eps 1e-5, two-pass variance). */
function layerNorm(x, rows, D, gamma, beta, y) {
  for (let r = 0; r < rows; r++) {
    const o = r * D;
    let mean = 0;
    for (let i = 0; i < D; i++) mean += x[o + i];
    mean /= D;
    let variance = 0;
    for (let i = 0; i < D; i++) variance += (x[o + i] - mean) ** 2;
    const rstd = 1 / Math.sqrt(variance / D + 1e-5);
    for (let i = 0; i < D; i++) y[o + i] = (x[o + i] - mean) * rstd * gamma[i] + beta[i];
  }
  return y;
}

/** y[r] = x[r] @ W.T + bias for W [outDim, inDim] (PyTorch layout: each output reads one contiguous row of W). */
function linear(x, rows, inDim, W, bias, outDim, y) {
  for (let r = 0; r < rows; r++) {
    const xo = r * inDim, yo = r * outDim;
    for (let j = 0; j < outDim; j++) {
      const wo = j * inDim;
      // four running sums: independent additions the CPU overlaps (1.6-1.9x faster than one sum in V8)
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
      for (; i + 3 < inDim; i += 4) {
        s0 += x[xo + i] * W[wo + i];
        s1 += x[xo + i + 1] * W[wo + i + 1];
        s2 += x[xo + i + 2] * W[wo + i + 2];
        s3 += x[xo + i + 3] * W[wo + i + 3];
      }
      for (; i < inDim; i++) s0 += x[xo + i] * W[wo + i];
      y[yo + j] = (bias === null ? 0 : bias[j]) + (s0 + s1) + (s2 + s3);
    }
  }
  return y;
}

function addInto(x, y) {
  for (let i = 0; i < x.length; i++) x[i] += y[i];
}

export class GuppyModel {
  /** config: config.json's "model" section; tensors: readSafetensors' Map, checked against it. */
  constructor(config, tensors) {
    for (const key of ["vocab_size", "d_model", "n_layers", "n_heads", "d_ff", "max_seq_len"]) {
      if (!(Number.isInteger(config?.[key]) && config[key] > 0)) {
        throw new FishError(`config.json: model ${key} must be a positive integer, got ${config?.[key]}`);
      }
    }
    if (config.tied_head !== undefined && typeof config.tied_head !== "boolean") {
      throw new FishError(`config.json: model tied_head must be true or false, got ${config.tied_head}`);
    }
    if (config.d_model % config.n_heads) {
      throw new FishError(`config.json: d_model ${config.d_model} is not divisible by n_heads ${config.n_heads}`);
    }
    this.config = config;
    this.headDim = config.d_model / config.n_heads;
    const expected = paramShapes(config);
    const known = new Set(expected.map(([name]) => name));
    this.P = {};
    for (const [name, shape] of expected) {
      const tensor = tensors.get(name);
      if (tensor === undefined) {
        throw new FishError(`model.safetensors has no tensor ${name} (config.json's model expects shape [${shape}])`);
      }
      if (tensor.shape.join() !== shape.join()) {
        throw new FishError(`model.safetensors: tensor ${name} has shape [${tensor.shape}] ` +
          `but config.json's model expects [${shape}]`);
      }
      this.P[name] = tensor.data;
    }
    for (const name of tensors.keys()) {
      if (!known.has(name)) {
        throw new FishError(`model.safetensors has tensor ${name}, which this model (config.json) does not have`);
      }
    }
  }

  /** Each layer's keys and values, [context, d_model] row-major (head h owns columns h*hd .. (h+1)*hd). */
  newCache() {
    const { n_layers: L, max_seq_len: C, d_model: D } = this.config;
    const make = () => Array.from({ length: L }, () => new Float32Array(C * D));
    return { keys: make(), values: make(), length: 0 };
  }

  /**
   * Run new tokens (positions cache.length ...) and return the logits of the last one, a Float32Array [V];
   * allPositions: the logits of every new token instead, [n][V] (the tests compare them with Python's forward).
   * A fresh cache and the whole sequence is the full recompute. maps (the inspector's): maps[l][h] receives
   * each new token's attention weights in layer l, head h.
   */
  forwardCached(ids, cache, allPositions = false, maps = null) {
    const V = this.config.vocab_size, D = this.config.d_model;
    const rows = allPositions ? ids.length : 1;
    const hf = this.finalHidden(ids, cache, rows, maps);
    const logits = linear(hf, rows, D, this.P["head.weight"] ?? this.P["tok_emb.weight"], null, V,
      new Float32Array(rows * V));
    if (!allPositions) return logits;
    return Array.from({ length: rows }, (_, r) => logits.subarray(r * V, (r + 1) * V));
  }

  /**
   * One pass over a whole sequence that keeps what the page's inspector shows: every position's logits, [T][V],
   * and every layer's attention weights, maps[l][h][i] = position i's softmax over positions 0 .. i (a
   * Float64Array of i + 1), as the attention computes them (no second implementation).
   */
  inspect(ids) {
    const { n_layers: L, n_heads: H } = this.config;
    const maps = Array.from({ length: L }, () => Array.from({ length: H }, () => []));
    const logits = this.forwardCached(ids, this.newCache(), true, maps);
    return { logits, maps };
  }

  /** The blocks' input for new tokens at positions start ..: each id's row plus its position's, [n * D]. */
  embed(ids, start) {
    const D = this.config.d_model;
    const tok = this.P["tok_emb.weight"], pos = this.P["pos_emb.weight"], x = new Float32Array(ids.length * D);
    for (let t = 0; t < ids.length; t++) {
      for (let i = 0; i < D; i++) x[t * D + i] = tok[ids[t] * D + i] + pos[(start + t) * D + i];
    }
    return x;
  }

  /** The blocks over new tokens, then the final norm of the last `rows` of them: [rows * D] (maps: forwardCached's). */
  finalHidden(ids, cache, rows, maps = null) {
    const { d_model: D, d_ff: F, n_layers: L, max_seq_len: C } = this.config;
    const P = this.P, n = ids.length, start = cache.length, stop = start + n;
    if (stop > C) throw new FishError(`the conversation is longer than the context of ${C} tokens`);
    const x = this.embed(ids, start), h = new Float32Array(n * D), qkv = new Float32Array(n * 3 * D);
    const a = new Float32Array(n * D), o = new Float32Array(n * D), u = new Float32Array(n * F);
    for (let l = 0; l < L; l++) {
      const b = `blocks.${l}.`;
      layerNorm(x, n, D, P[b + "norm1.weight"], P[b + "norm1.bias"], h);
      linear(h, n, D, P[b + "attn.qkv.weight"], P[b + "attn.qkv.bias"], 3 * D, qkv);
      for (let t = 0; t < n; t++) { // a token's key and value never change once computed: keep them
        cache.keys[l].set(qkv.subarray(t * 3 * D + D, t * 3 * D + 2 * D), (start + t) * D);
        cache.values[l].set(qkv.subarray(t * 3 * D + 2 * D, t * 3 * D + 3 * D), (start + t) * D);
      }
      this.attention(qkv, n, start, cache.keys[l], cache.values[l], a, maps?.[l]);
      linear(a, n, D, P[b + "attn.out.weight"], P[b + "attn.out.bias"], D, o);
      addInto(x, o);
      layerNorm(x, n, D, P[b + "norm2.weight"], P[b + "norm2.bias"], h);
      linear(h, n, D, P[b + "ffn.up.weight"], P[b + "ffn.up.bias"], F, u);
      for (let i = 0; i < u.length; i++) if (u[i] < 0) u[i] = 0; // ReLU
      linear(u, n, F, P[b + "ffn.down.weight"], P[b + "ffn.down.bias"], D, o);
      addInto(x, o);
    }
    cache.length = stop;
    // the final norm (and then a head) only where it is read
    const last = x.subarray((n - rows) * D);
    return layerNorm(last, rows, D, P["norm.weight"], P["norm.bias"], new Float32Array(rows * D));
  }

  /**
   * Causal attention of the n new queries (absolute positions start ...) over the cached keys 0 .. own position.
   * maps: maps[h] receives each query's weights over keys 0 .. its position, a Float64Array per query.
   */
  attention(qkv, n, start, keys, values, out, maps = null) {
    const D = this.config.d_model, H = this.config.n_heads, hd = this.headDim, scale = 1 / Math.sqrt(hd);
    const scores = new Float64Array(start + n), mixed = new Float64Array(hd);
    for (let t = 0; t < n; t++) {
      const visible = start + t + 1; // query at position start + t sees keys 0 .. start + t
      for (let hh = 0; hh < H; hh++) {
        const q = t * 3 * D + hh * hd, col = hh * hd;
        let max = -Infinity;
        for (let j = 0; j < visible; j++) {
          let s = 0;
          for (let i = 0; i < hd; i++) s += qkv[q + i] * keys[j * D + col + i];
          scores[j] = s * scale;
          if (scores[j] > max) max = scores[j];
        }
        let sum = 0;
        for (let j = 0; j < visible; j++) sum += (scores[j] = Math.exp(scores[j] - max));
        mixed.fill(0); // the softmax-weighted sum of the values, in float64
        for (let j = 0; j < visible; j++) {
          const p = scores[j] / sum;
          for (let i = 0; i < hd; i++) mixed[i] += p * values[j * D + col + i];
        }
        out.set(mixed, t * D + col);
        maps?.[hh].push(scores.slice(0, visible).map((e) => e / sum)); // the weights p, as used above
      }
    }
  }
}

// ------------------------------------------------------------------ sampling and chat
/** A seeded generator of uniform numbers in [0, 1): a Weyl sequence through a 32-bit integer mixer. */
export function makeRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 2 ** 32;
  };
}

/**
 * Greedy when temperature is 0 (the first largest logit, as np.argmax); otherwise sample from the top-k softmax.
 * Only ids below nIds (the tokenizer's size) can be picked: the model's vocabulary may be larger, and an id the
 * tokenizer does not have cannot be decoded.
 */
export function pickToken(logits, temperature, topK, rng, nIds = logits.length) {
  logits = logits.slice(0, nIds);
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
  if (temperature <= 0) return best;
  let cutoff = -Infinity;
  if (topK > 0 && topK < logits.length) cutoff = Float64Array.from(logits).sort()[logits.length - topK];
  const max = logits[best], weights = new Float64Array(logits.length);
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    if (logits[i] >= cutoff) total += (weights[i] = Math.exp((logits[i] - max) / temperature));
  }
  let u = rng() * total;
  for (let i = 0; i < logits.length; i++) {
    if (weights[i] > 0 && (u -= weights[i]) < 0) return i;
  }
  return best; // (u landed on the rounding error past the last weight)
}

/**
 * The k likeliest next tokens of one position's logits, likeliest first: [{id, p}] with p the softmax at
 * temperature 1 (what the model believes, before temperature and top-k reshape it). Ties go to the smaller id.
 */
export function topCandidates(logits, k = 5) {
  let max = -Infinity, sum = 0;
  for (const z of logits) max = Math.max(max, z);
  for (const z of logits) sum += Math.exp(z - max);
  const order = Array.from(logits.keys()).sort((a, b) => logits[b] - logits[a] || a - b).slice(0, k);
  return order.map((id) => ({ id, p: Math.exp(logits[id] - max) / sum }));
}

/**
 * Continue promptIds, yielding each new token id (the stop token ends it and is not yielded).
 * useCache false recomputes the whole sequence for every token, as a page without a KV cache does.
 */
export function* generate(model, promptIds, options = {}) {
  const { maxNewTokens = 64, temperature = 0.7, topK = 50, seed = 0, stopId = IM_END_ID, useCache = true } = options;
  const { nIds } = options; // only ids below it are picked (the tokenizer's size; default: every logit)
  const rng = makeRng(seed);
  const ids = [...promptIds], cache = model.newCache();
  let pending = ids;
  const steps = Math.min(maxNewTokens, model.config.max_seq_len - ids.length);
  for (let step = 0; step < steps; step++) {
    const logits = useCache ? model.forwardCached(pending, cache) : model.forwardCached(ids, model.newCache());
    const token = pickToken(logits, temperature, topK, rng, nIds);
    if (token === stopId) return;
    ids.push(token);
    pending = [token];
    yield token;
  }
}

/**
 * Token ids of the ChatML prompt, leaving `reserve` tokens of the context for the answer (guppy chat's rule):
 * an over-long message is cut, keeping its start, so the prompt still closes with <|im_end|> and the
 * assistant header. Returns {ids, truncated}.
 */
export function buildPromptIds(tokenizer, userText, context, reserve) {
  const text = userText.split(PY_SPACE_RUN).filter(Boolean).join(" ");
  if (!text) throw new FishError("the prompt is empty; type something for the fish");
  const ids = tokenizer.encode(formatPrompt(text));
  const budget = context - reserve;
  if (ids.length <= budget) return { ids, truncated: false };
  const [before, after] = formatPrompt("\x00").split("\x00"); // the ChatML text around the message
  const head = tokenizer.encode(before), tail = tokenizer.encode(after);
  const keep = budget - head.length - tail.length;
  if (keep <= 0) throw new FishError(`the context of ${context} tokens leaves no room for a prompt`);
  return { ids: [...head, ...tokenizer.encode(text).slice(0, keep), ...tail], truncated: true };
}

/** The prompt ids and generation options of one message, with guppy chat's reserve: min(max tokens, context / 2). */
export function preparePrompt(fish, userText, { maxTokens = 64 } = {}) {
  const context = fish.model.config.max_seq_len;
  return buildPromptIds(fish.tokenizer, userText, context, Math.min(maxTokens, Math.floor(context / 2)));
}

/** Python's str.strip(): the reply as guppy chat prints it. */
export const stripText = (text) => text.replace(PY_STRIP, "");

/** The fish's whole answer to one message, at once (the Node harness; the page streams instead). */
export function reply(fish, userText, options = {}) {
  const { ids: promptIds, truncated } = preparePrompt(fish, userText, options);
  const nIds = fish.tokenizer.vocabSize;
  const ids = [...generate(fish.model, promptIds, { ...options, maxNewTokens: options.maxTokens ?? 64, nIds })];
  return { promptIds, truncated, ids, text: stripText(fish.tokenizer.decode(ids)) };
}

// ------------------------------------------------------------------ loading
/** {model, tokenizer, config} from the files: config.json and tokenizer.json parsed, the weights as an ArrayBuffer. */
export function loadFishFromFiles(configDoc, tokenizerDoc, weights) {
  if (!configDoc?.model) throw new FishError("config.json has no 'model' section (is it a guppy run's config?)");
  const model = new GuppyModel(configDoc.model, readSafetensors(weights));
  const tokenizer = new Tokenizer(tokenizerDoc);
  if (tokenizer.vocabSize > configDoc.model.vocab_size) {
    throw new FishError(`the tokenizer has ${tokenizer.vocabSize} tokens ` +
      `but the model's vocabulary is ${configDoc.model.vocab_size}`);
  }
  return { model, tokenizer, config: configDoc };
}

/** Fetch config.json, tokenizer.json and model.safetensors from the page's folder and load them. */
export async function loadFish(base = ".") {
  const get = async (name) => {
    const response = await fetch(`${base}/${name}`);
    if (!response.ok) throw new FishError(`cannot fetch ${name}: HTTP ${response.status}`);
    return response;
  };
  const json = async (name) => {
    const text = await (await get(name)).text();
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FishError(`${name} is not JSON (${error.message})`);
    }
  };
  const [configDoc, tokenizerDoc, weights] = await Promise.all([
    json("config.json"), json("tokenizer.json"), get("model.safetensors").then((r) => r.arrayBuffer())]);
  return loadFishFromFiles(configDoc, tokenizerDoc, weights);
}

// ------------------------------------------------------------------ the inspector
/** Draw one attention map on the canvas: cell (i, j) is how much position i attends to j, white 0 to blue 1;
 * the tokens along both axes, and a line where the prompt ends. Returns the geometry for the hover readout. */
function drawMap(canvas, rows, labels, promptLength) {
  const ctx = canvas.getContext("2d"), T = rows.length, margin = 64;
  const cell = Math.max(2, Math.floor((canvas.width - margin) / T));
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  for (let i = 0; i < T; i++) {
    for (let j = 0; j <= i; j++) {
      const p = rows[i][j];
      ctx.fillStyle = `rgb(${Math.round(255 - 227 * p)}, ${Math.round(255 - 133 * p)}, ${Math.round(255 - 71 * p)})`;
      ctx.fillRect(margin + j * cell, margin + i * cell, cell, cell);
    }
  }
  ctx.strokeStyle = "#e07b00";
  ctx.strokeRect(margin - 0.5, margin - 0.5, T * cell + 1, T * cell + 1);
  const edge = margin + promptLength * cell;
  ctx.beginPath();
  ctx.moveTo(margin, edge);
  ctx.lineTo(margin + T * cell, edge);
  ctx.moveTo(edge, margin);
  ctx.lineTo(edge, margin + T * cell);
  ctx.stroke();
  if (cell >= 6) { // the tokens, where they fit
    ctx.fillStyle = "#17324d";
    ctx.font = `${Math.min(cell, 11)}px system-ui, sans-serif`;
    ctx.textBaseline = "middle";
    ctx.textAlign = "right";
    for (let i = 0; i < T; i++) ctx.fillText(labels[i], margin - 3, margin + (i + 0.5) * cell, margin - 4);
    ctx.save();
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "left";
    for (let j = 0; j < T; j++) ctx.fillText(labels[j], -margin + 3, margin + (j + 0.5) * cell, margin - 4);
    ctx.restore();
  }
  return { margin, cell, T };
}

/** A token as the inspector shows it: its text, with line breaks and spaces made visible. */
const showToken = (text) => text.replace(/\n/g, "\u21b5").replace(/ /g, "\u00b7");

/**
 * The inspector under the chat, for the last reply: the attention map of any layer and head over prompt and
 * reply, and for each generated token the five likeliest candidates with their probabilities. Both come from
 * GuppyModel.inspect, one pass of the page's own forward over prompt + reply.
 */
function makeInspector(doc, fish) {
  const $ = (id) => doc.getElementById(id);
  const { n_layers: L, n_heads: H } = fish.model.config;
  const layer = $("layer"), head = $("head"), canvas = $("attention"), readout = $("cell");
  for (let l = 0; l < L; l++) layer.add(new Option(String(l), String(l)));
  for (let h = 0; h < H; h++) head.add(new Option(String(h), String(h)));
  let shown = null, geometry = null;
  const draw = () => {
    geometry = drawMap(canvas, shown.maps[layer.value][head.value], shown.labels, shown.promptLength);
  };
  layer.addEventListener("change", draw);
  head.addEventListener("change", draw);
  canvas.addEventListener("mousemove", (event) => {
    if (!geometry) return;
    const box = canvas.getBoundingClientRect(), { margin, cell, T } = geometry;
    const i = Math.floor((event.clientY - box.top - margin) / cell);
    const j = Math.floor((event.clientX - box.left - margin) / cell);
    const weight = i >= 0 && i < T && j >= 0 && j <= i ? shown.maps[layer.value][head.value][i][j] : null;
    readout.textContent = weight === null ? ""
      : `"${shown.labels[i]}" attends to "${shown.labels[j]}": ${weight.toFixed(3)}`;
  });
  return {
    /** Open up the reply `replyIds` to `promptIds`; `ended`: it chose <|im_end|> (the last step shows that too). */
    show(promptIds, replyIds, ended) {
      const ids = [...promptIds, ...replyIds], { logits, maps } = fish.model.inspect(ids);
      const chosen = ended ? [...replyIds, IM_END_ID] : replyIds;
      shown = { maps, promptLength: promptIds.length, labels: ids.map((id) => showToken(fish.tokenizer.decode([id]))) };
      const table = $("candidates");
      table.replaceChildren();
      chosen.forEach((token, step) => {
        const row = table.insertRow();
        row.insertCell().textContent = showToken(fish.tokenizer.decode([token]));
        for (const { id, p } of topCandidates(logits[promptIds.length - 1 + step])) {
          const cell = row.insertCell();
          cell.textContent = `${showToken(fish.tokenizer.decode([id]))} ${p.toFixed(3)}`;
          Object.assign(cell.dataset, { id: String(id), p: String(p) });
          if (id === token) cell.className = "chosen";
        }
      });
      $("inspector").hidden = false;
      draw();
    },
  };
}

// ------------------------------------------------------------------ the page
// Let the browser paint between tokens; a message-channel task is not clamped to 4 ms as setTimeout is.
const nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

/** Wire the chat of index.html: load the fish, then answer each message token by token. */
export async function runPage(doc) {
  const $ = (id) => doc.getElementById(id);
  const status = $("status"), log = $("log"), form = $("form"), input = $("prompt"), send = $("send");
  const setStatus = (state, text) => {
    status.dataset.state = state;
    status.textContent = text;
  };
  let fish;
  try {
    fish = await loadFish(".");
  } catch (error) {
    setStatus("error", error instanceof FishError ? error.message : `unexpected error: ${error.message}`);
    return;
  }
  const m = fish.model.config;
  const params = paramShapes(m).reduce((n, [, shape]) => n + shape.reduce((a, b) => a * b, 1), 0);
  const about = `${fish.config.name ?? "guppy"} fish: ${params.toLocaleString("en")} parameters, ` +
    `${m.n_layers} layers, context ${m.max_seq_len}`;
  setStatus("ready", about);
  send.disabled = false;
  const inspector = makeInspector(doc, fish);

  const say = (who, text) => {
    const line = doc.createElement("div");
    line.className = who;
    line.textContent = text;
    log.append(line);
    log.scrollTop = log.scrollHeight;
    return line;
  };
  const readControls = () => {
    const temperature = Number($("temperature").value), topK = Number($("top-k").value);
    const maxTokens = Number($("max-tokens").value), seedText = $("seed").value.trim();
    const fail = (why) => {
      throw new FishError(why);
    };
    if (!(temperature >= 0)) fail("the temperature must be a number of at least 0 (0: greedy)");
    if (!(Number.isInteger(topK) && topK >= 0)) fail("top-k must be a whole number of at least 0 (0: no cut)");
    if (!(Number.isInteger(maxTokens) && maxTokens >= 1)) fail("max tokens must be a whole number of at least 1");
    if (!/^\d*$/.test(seedText)) fail("the seed must be a whole number, or empty for a new one each time");
    // an empty seed draws one, and the status line shows it, so the reply can be repeated
    const seed = seedText === "" ? Math.floor(Math.random() * 2 ** 31) : Number(seedText);
    return { temperature, topK, maxTokens, seed, useCache: $("kv-cache").checked };
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (send.disabled) return;
    const text = input.value;
    say("you", text);
    const line = say("fish", "");
    let options, prompt;
    try {
      options = readControls();
      prompt = preparePrompt(fish, text, options);
    } catch (error) {
      line.textContent = error.message;
      line.className = "fish error";
      line.dataset.done = "error";
      return;
    }
    const { temperature, topK, maxTokens, seed, useCache } = options;
    send.disabled = true;
    input.value = "";
    try {
      const ids = [], started = performance.now();
      let painted = started;
      const nIds = fish.tokenizer.vocabSize;
      const tokens = generate(fish.model, prompt.ids,
        { maxNewTokens: maxTokens, temperature, topK, seed, useCache, nIds });
      for (const token of tokens) {
        ids.push(token);
        if (performance.now() - painted > 30) { // paint about 30 times a second, not after every token
          line.textContent = fish.tokenizer.decode(ids);
          await nextTask();
          painted = performance.now();
        }
      }
      const seconds = (performance.now() - started) / 1000, perSecond = ids.length / seconds;
      line.textContent = stripText(fish.tokenizer.decode(ids));
      Object.assign(line.dataset, { ids: JSON.stringify(ids), seconds: String(seconds),
        promptTokens: String(prompt.ids.length), tokensPerSecond: perSecond.toFixed(1), done: "ok" });
      inspector.show(prompt.ids, ids, ids.length < Math.min(maxTokens, m.max_seq_len - prompt.ids.length));
      const cut = prompt.truncated ? "; the message was cut to fit the context" : "";
      const settings = temperature > 0 ? `temperature ${temperature}, top-k ${topK}, seed ${seed}` : "greedy";
      setStatus("ready", `${ids.length} tokens in ${seconds.toFixed(2)} s: ${perSecond.toFixed(1)} tokens/s ` +
        `(${useCache ? "KV cache" : "full recompute"}, ${settings}, prompt ${prompt.ids.length} tokens)` +
        `${cut}. ${about}`);
    } catch (error) {
      line.textContent = `unexpected error: ${error.message}`;
      line.className = "fish error";
      line.dataset.done = "error";
    } finally {
      send.disabled = false;
    }
    input.focus();
  });
}
