/**
 * Batching: score requests from many sentences (and many documents checked at once) are
 * collected for one turn of the event loop, sorted by length, cut into batches that respect
 * a token budget (padded encoder tokens) and a row budget (positions through the output
 * projection, each a vocabulary-sized row of logits), and run one batch at a time through
 * a p-queue (onnxruntime already uses every core inside a run; two runs at once would only
 * fight over them). Both budgets bound the memory a batch takes.
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
      parts.push(this.enqueue({ ids: request.ids, select: request.select.slice(i, i + maxRows), targets: request.targets.slice(i, i + maxRows), top: request.top }));
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
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
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
    const items = this.pending.splice(0).sort((a, b) => a.request.ids.length - b.request.ids.length);
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
