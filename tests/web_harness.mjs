// Node harness for tests/test_web_node.py: loads an exported site with guppy/web/guppy.js (the module the
// page runs) and answers the tasks of a JSON request, printing one JSON object.
//
//   node tests/web_harness.mjs REQUEST.json
//   request: {"site": DIR, "tasks": [{"kind": ..., ...}, ...]}
//   answer:  {"results": [...]} in task order, or {"load_error": message} when the files do not load.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FishError, generate, loadFishFromFiles, reply, topCandidates } from "../guppy/web/guppy.js";

const request = JSON.parse(readFileSync(process.argv[2], "utf8"));
const file = (name) => readFileSync(join(request.site, name));
const json = (name) => JSON.parse(file(name).toString("utf8"));

let fish;
try {
  const weights = file("model.safetensors");
  fish = loadFishFromFiles(json("config.json"), json("tokenizer.json"),
    weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength));
} catch (error) {
  if (!(error instanceof FishError)) throw error;
  console.log(JSON.stringify({ load_error: error.message }));
  process.exit(0);
}

const tasks = {
  encode: ({ texts }) => texts.map((text) => fish.tokenizer.encode(text)),
  pretokenize: ({ texts }) => texts.map((text) => fish.tokenizer.pretokenize(text).map((p) => p.special ?? p)),
  decode: ({ ids }) => ids.map((list) => fish.tokenizer.decode(list)),
  // every position's logits from one pass over the whole sequence, and the last position's logits at each
  // step of a KV-cache decode that feeds the first `split` tokens at once, then one token at a time
  logits: ({ ids, split }) => {
    const full = fish.model.forwardCached(ids, fish.model.newCache(), true).map((row) => Array.from(row));
    const cache = fish.model.newCache();
    const incremental = [Array.from(fish.model.forwardCached(ids.slice(0, split), cache))];
    for (const token of ids.slice(split)) incremental.push(Array.from(fish.model.forwardCached([token], cache)));
    return { full, incremental };
  },
  generate: ({ promptIds, options }) => [...generate(fish.model, promptIds, options)],
  reply: ({ prompt, options }) => {
    try {
      return reply(fish, prompt, options);
    } catch (error) {
      if (!(error instanceof FishError)) throw error;
      return { error: error.message };
    }
  },
  // the inspector's pass over a whole sequence: every layer's and head's attention weights, each position's top 5
  inspect: ({ ids }) => {
    const { logits, maps } = fish.model.inspect(ids);
    return { maps: maps.map((heads) => heads.map((rows) => rows.map((row) => Array.from(row)))),
      top: logits.map((row) => topCandidates(row, 5)) };
  },
};
console.log(JSON.stringify({ results: request.tasks.map((task) => tasks[task.kind](task)) }));
