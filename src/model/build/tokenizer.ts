/**
 * Tokenizer files in the Hugging Face layout (`tokenizer.json`, `tokenizer_config.json`,
 * `special_tokens_map.json`, and `vocab.txt` for WordPiece), as transformers.js 2.17.2
 * reads them: a BERT WordPiece tokenizer (the tiny test model) and an XLM-RoBERTa style
 * SentencePiece-Unigram tokenizer (the full-size random model).
 */

export interface TokenizerFiles {
  'tokenizer.json': unknown;
  'tokenizer_config.json': unknown;
  'special_tokens_map.json': unknown;
  'vocab.txt'?: string;
}

const added = (id: number, content: string, lstrip = false) => ({
  id,
  content,
  single_word: false,
  lstrip,
  rstrip: false,
  normalized: false,
  special: true,
});

/** A cased BERT WordPiece tokenizer over `vocab` (which must contain the five special tokens). */
export function wordPieceTokenizer(vocab: readonly string[], maxLength: number): TokenizerFiles {
  const id = (t: string) => {
    const i = vocab.indexOf(t);
    if (i < 0) throw new Error(`vocabulary lacks ${t}`);
    return i;
  };
  const specials = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
  const map: Record<string, number> = {};
  vocab.forEach((t, i) => (map[t] = i));
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specials.map((s) => added(id(s), s)),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: false },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: map },
  };
  const special = { unk_token: '[UNK]', sep_token: '[SEP]', pad_token: '[PAD]', cls_token: '[CLS]', mask_token: '[MASK]' };
  return {
    'tokenizer.json': tokenizer,
    'tokenizer_config.json': { tokenizer_class: 'BertTokenizer', do_lower_case: false, strip_accents: false, model_max_length: maxLength, clean_up_tokenization_spaces: true, ...special },
    'special_tokens_map.json': special,
    'vocab.txt': vocab.join('\n') + '\n',
  };
}

/**
 * An XLM-RoBERTa style tokenizer: `<s>`=0, `<pad>`=1, `</s>`=2, `<unk>`=3, pieces, `<mask>` last.
 * `pieces` are `[piece, log-probability]` without the special tokens.
 */
export function unigramTokenizer(pieces: ReadonlyArray<readonly [string, number]>, maxLength: number): TokenizerFiles {
  const vocab: Array<[string, number]> = [['<s>', 0], ['<pad>', 0], ['</s>', 0], ['<unk>', 0], ...pieces.map(([p, s]) => [p, s] as [string, number]), ['<mask>', 0]];
  const mask = vocab.length - 1;
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [added(0, '<s>'), added(1, '<pad>'), added(2, '</s>'), added(3, '<unk>'), added(mask, '<mask>', true)],
    normalizer: { type: 'NFKC' },
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [{ type: 'WhitespaceSplit' }, { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' }],
    },
    post_processor: { type: 'RobertaProcessing', sep: ['</s>', 2], cls: ['<s>', 0], trim_offsets: true, add_prefix_space: true },
    decoder: { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' },
    model: { type: 'Unigram', unk_id: 3, vocab },
  };
  const maskToken = { __type: 'AddedToken', content: '<mask>', lstrip: true, normalized: true, rstrip: false, single_word: false };
  return {
    'tokenizer.json': tokenizer,
    'tokenizer_config.json': {
      tokenizer_class: 'XLMRobertaTokenizer',
      model_max_length: maxLength,
      bos_token: '<s>',
      eos_token: '</s>',
      sep_token: '</s>',
      cls_token: '<s>',
      unk_token: '<unk>',
      pad_token: '<pad>',
      mask_token: maskToken,
      clean_up_tokenization_spaces: true,
    },
    'special_tokens_map.json': { bos_token: '<s>', eos_token: '</s>', unk_token: '<unk>', sep_token: '</s>', pad_token: '<pad>', cls_token: '<s>', mask_token: '<mask>' },
  };
}
