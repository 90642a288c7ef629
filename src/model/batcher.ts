/**
 * Batching: score requests from many sentences (and many documents checked at once) are
 * collected while the model is busy (at least for one turn of the event loop), sorted by
 * length, cut into batches that respect a token budget (padded encoder tokens) and a row
 * budget (positions through the output projection, each a vocabulary-sized row of logits),
 * and run one batch at a time through a p-queue (onnxruntime already uses every core inside
 * a run; two runs at once would only fight over them). Both budgets bound the memory a
 * batch takes.
 *
 * Requests with the same token ids (and the same wish for top-k) are merged into one
 * sequence with the rows of both: the encoder runs once for them, and each row gets the
 * score a sequence of its own in the same batch would get. Candidate corrections that replace
 * a word by another of as many tokens ask for exactly that (the same masked sentence, another
 * target at the mask), and so do repeated sentences.
 */
import PQueue from 'p-queue';
import type { MaskedLM, ScoreRequest, ScoreResult } from './runtime.js';

export interface BatcherOptions {
  /** Padded tokens per batch (batch size × longest sequence). */
  maxBatchTokens: number;
  /** Scored positions per batch. */
  maxRows: number;
}

interface Pending {
  request: ScoreRequest;
  resolve: (r: ScoreResult) => void;
  reject: (e: unknown) => void;
}

export class Batcher {
  private pending: Pending[] = [];
  private scheduled = false;
  private readonly queue = new PQueue({ concurrency: 1 });

  constructor(
    private readonly lm: () => Promise<MaskedLM>,
    private readonly options: BatcherOptions,
  ) {}

  /** Score one request (split when it asks for more rows than a batch holds). */
  async score(request: ScoreRequest): Promise<ScoreResult> {
    const { maxRows } = this.options;
    if (request.select.length <= maxRows) return this.enqueue(request);
    const parts: Array<Promise<ScoreResult>> = [];
    for (let i = 0; i < request.select.length; i += maxRows) {
      parts.push(this.enqueue({ ...request, select: request.select.slice(i, i + maxRows), targets: request.targets.slice(i, i + maxRows) }));
    }
    const results = await Promise.all(parts);
    const concat = <T extends Float32Array | Int32Array>(arrays: T[], make: (n: number) => T): T => {
      const out = make(arrays.reduce((a, x) => a + x.length, 0));
      let o = 0;
      for (const a of arrays) {
        out.set(a as never, o);
        o += a.length;
      }
      return out;
    };
    return {
      logprob: concat(results.map((r) => r.logprob), (n) => new Float32Array(n)),
      topIds: concat(results.map((r) => r.topIds), (n) => new Int32Array(n)),
      topLogprob: concat(results.map((r) => r.topLogprob), (n) => new Float32Array(n)),
    };
  }

  private enqueue(request: ScoreRequest): Promise<ScoreResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Wait until every submitted request has been answered. */
  async idle(): Promise<void> {
    while (this.pending.length || this.scheduled || this.queue.size || this.queue.pending) {
      await new Promise((r) => setImmediate(r));
      await this.queue.onIdle();
    }
  }

  private flush(): void {
    this.scheduled = false;
    // Batches are cut when the model is free: requests that arrive while a batch runs (the
    // session runs in a worker, so they do) wait for the next cut and share its batches.
    if (this.queue.size || this.queue.pending) return;
    const items = merge(this.pending.splice(0), this.options.maxRows).sort((a, b) => a.request.ids.length - b.request.ids.length);
    const { maxBatchTokens, maxRows } = this.options;
    let batch: Pending[] = [];
    let rows = 0;
    let longest = 0;
    const emit = () => {
      if (!batch.length) return;
      const current = batch;
      batch = [];
      rows = 0;
      longest = 0;
      void this.queue.add(async () => {
        try {
          const lm = await this.lm();
          const results = await lm.run(current.map((p) => p.request));
          current.forEach((p, i) => p.resolve(results[i]));
        } catch (error) {
          current.forEach((p) => p.reject(error));
        } finally {
          if (this.queue.size === 0 && this.pending.length) this.schedule();
        }
      });
    };
    for (const item of items) {
      const len = item.request.ids.length;
      const n = item.request.select.length;
      const wouldBe = Math.max(longest, len) * (batch.length + 1);
      if (batch.length && (wouldBe > maxBatchTokens || rows + n > maxRows)) emit();
      batch.push(item);
      rows += n;
      longest = Math.max(longest, len);
    }
    emit();
  }
}

/** Merge pending requests with identical ids and `top` into one (within the row budget). */
function merge(items: Pending[], maxRows: number): Pending[] {
  if (items.length < 2) return items;
  const open = new Map<string, { members: Pending[]; rows: number }>();
  const groups: Pending[][] = [];
  for (const item of items) {
    const key = `${item.request.top ? 1 : 0}|${item.request.ids.join(',')}`;
    const n = item.request.select.length;
    let group = open.get(key);
    if (!group || group.rows + n > maxRows) {
      group = { members: [], rows: 0 };
      open.set(key, group);
      groups.push(group.members);
    }
    group.members.push(item);
    group.rows += n;
  }
  return groups.map((members) => {
    if (members.length === 1) return members[0];
    const request: ScoreRequest = {
      ids: members[0].request.ids,
      select: members.flatMap((m) => m.request.select),
      targets: members.flatMap((m) => m.request.targets),
      top: members[0].request.top,
      phase: members[0].request.phase,
    };
    return {
      request,
      resolve: (r: ScoreResult) => {
        const k = request.top && request.select.length ? r.topIds.length / request.select.length : 0;
        let offset = 0;
        for (const m of members) {
          const n = m.request.select.length;
          m.resolve({
            logprob: r.logprob.slice(offset, offset + n),
            topIds: r.topIds.slice(offset * k, (offset + n) * k),
            topLogprob: r.topLogprob.slice(offset * k, (offset + n) * k),
          });
          offset += n;
        }
      },
      reject: (e: unknown) => members.forEach((m) => m.reject(e)),
    };
  });
}
