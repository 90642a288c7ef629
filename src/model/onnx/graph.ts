/**
 * A small builder for ONNX graphs on top of the `onnx-proto` package (the protobuf
 * definitions of ONNX for JavaScript). Used to write the project's test models
 * (src/model/build) and the nodes that `prepare.ts` adds to a downloaded model.
 */
import onnxProto from 'onnx-proto';

export const onnx = onnxProto.onnx;
export type INodeProto = onnxProto.onnx.INodeProto;
export type ITensorProto = onnxProto.onnx.ITensorProto;
export type IValueInfoProto = onnxProto.onnx.IValueInfoProto;
export type IAttributeProto = onnxProto.onnx.IAttributeProto;

export const DT = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
} as const;
export type DataType = (typeof DT)[keyof typeof DT];

const AT = onnxProto.onnx.AttributeProto.AttributeType;

/** Attribute values: integers and integer lists, floats (marked), tensors. */
export type AttrValue = number | number[] | { f: number } | { floats: number[] } | { t: ITensorProto } | { s: string };

export function attribute(name: string, value: AttrValue): IAttributeProto {
  if (typeof value === 'number') return { name, type: AT.INT, i: value };
  if (Array.isArray(value)) return { name, type: AT.INTS, ints: value };
  if ('f' in value) return { name, type: AT.FLOAT, f: value.f };
  if ('floats' in value) return { name, type: AT.FLOATS, floats: value.floats };
  if ('s' in value) return { name, type: AT.STRING, s: new TextEncoder().encode(value.s) };
  return { name, type: AT.TENSOR, t: value.t };
}

type Typed = Float32Array | Int8Array | Uint8Array | Int32Array | BigInt64Array;

/** A tensor with its data as raw little-endian bytes (a view, not a copy). */
export function tensor(name: string, dataType: DataType, dims: number[], data: Typed): ITensorProto {
  return { name, dataType, dims, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

export function int64s(values: number[]): BigInt64Array {
  return BigInt64Array.from(values.map((v) => BigInt(v)));
}

/** A value-info (graph input or output) with symbolic (`string`) or fixed (`number`) dimensions. */
export function valueInfo(name: string, elemType: DataType, dims: Array<string | number>): IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  };
}

/** Collects nodes and initializers; names intermediate tensors uniquely. */
export class GraphBuilder {
  readonly nodes: INodeProto[] = [];
  readonly initializers: ITensorProto[] = [];
  readonly inputs: IValueInfoProto[] = [];
  readonly outputs: IValueInfoProto[] = [];
  private counter = 0;
  private readonly constants = new Map<string, string>();

  constructor(private readonly prefix = '') {}

  fresh(hint: string): string {
    return `${this.prefix}${hint}_${this.counter++}`;
  }

  init(name: string, dataType: DataType, dims: number[], data: Typed): string {
    this.initializers.push(tensor(name, dataType, dims, data));
    return name;
  }

  /** A small constant initializer, shared between uses with the same value. */
  constF(values: number[] | number, dims?: number[]): string {
    const arr = typeof values === 'number' ? [values] : values;
    const key = `f:${dims ?? (typeof values === 'number' ? 'scalar' : arr.length)}:${arr.join(',')}`;
    const hit = this.constants.get(key);
    if (hit) return hit;
    const name = this.fresh('const_f');
    this.init(name, DT.FLOAT, dims ?? (typeof values === 'number' ? [] : [arr.length]), Float32Array.from(arr));
    this.constants.set(key, name);
    return name;
  }

  constI64(values: number[] | number, dims?: number[]): string {
    const arr = typeof values === 'number' ? [values] : values;
    const key = `i:${dims ?? (typeof values === 'number' ? 'scalar' : arr.length)}:${arr.join(',')}`;
    const hit = this.constants.get(key);
    if (hit) return hit;
    const name = this.fresh('const_i');
    this.init(name, DT.INT64, dims ?? (typeof values === 'number' ? [] : [arr.length]), int64s(arr));
    this.constants.set(key, name);
    return name;
  }

  /** Add a node; returns its output names (fresh unless given). */
  op(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, outputs: number | string[] = 1, domain?: string): string[] {
    const outs = typeof outputs === 'number' ? Array.from({ length: outputs }, () => this.fresh(opType)) : outputs;
    const node: INodeProto = {
      opType,
      input: inputs,
      output: outs,
      name: this.fresh(`${opType}_node`),
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    };
    if (domain) node.domain = domain;
    this.nodes.push(node);
    return outs;
  }

  /** Shorthand for a single-output node. */
  op1(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, output?: string): string {
    return this.op(opType, inputs, attrs, output ? [output] : 1)[0];
  }
}

export interface ModelOptions {
  opset?: number;
  producer?: string;
  docString?: string;
}

/** Encode a graph as an ONNX model file. */
export function encodeModel(g: GraphBuilder, name: string, options: ModelOptions = {}): Uint8Array {
  const opset = options.opset ?? 14;
  const model = onnx.ModelProto.create({
    irVersion: opset >= 15 ? 8 : 7,
    producerName: options.producer ?? 'lektor',
    producerVersion: '1',
    docString: options.docString ?? '',
    opsetImport: [
      { domain: '', version: opset },
      { domain: 'com.microsoft', version: 1 },
    ],
    graph: {
      name,
      node: g.nodes,
      initializer: g.initializers,
      input: g.inputs,
      output: g.outputs,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
