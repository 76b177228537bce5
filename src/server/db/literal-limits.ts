/**
 * LIMIT and OFFSET numbers written into the SQL instead of bound (SQLite).
 */
import {
  type KyselyPlugin,
  type LimitNode,
  type OffsetNode,
  type OperationNode,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  SelectQueryNode,
  type UnknownRow,
  ValueNode,
} from 'kysely';

/** A whole number fit to write into SQL as it is. */
function literalCount(node: OperationNode): number | undefined {
  if (!ValueNode.is(node)) return undefined;
  const { value } = node;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

class InlineCounts extends OperationNodeTransformer {
  protected override transformLimit(node: LimitNode): LimitNode {
    const value = literalCount(node.limit);
    return value === undefined
      ? super.transformLimit(node)
      : { ...node, limit: ValueNode.createImmediate(value) };
  }

  protected override transformOffset(node: OffsetNode): OffsetNode {
    const value = literalCount(node.offset);
    return value === undefined
      ? super.transformOffset(node)
      : { ...node, offset: ValueNode.createImmediate(value) };
  }
}

/**
 * SQLite runs a statement whose LIMIT or OFFSET is a bound parameter several
 * times slower than one with the number written in (8 µs against 0.6 µs for an
 * indexed point read; 60 µs against 8 µs for Today's answered-days count, in
 * WAL mode): numeric limits are written into the SQL. They only ever come from
 * the code or from a validated page size, so the set of statements stays small.
 */
export class LiteralLimits implements KyselyPlugin {
  readonly #transformer = new InlineCounts();
  readonly #deep: boolean;

  /**
   * `deep` rewrites subqueries as well, walking the whole query: meant for
   * queries compiled once (db/prepared.ts). Otherwise only the outer select's
   * numbers are written in, which costs next to nothing per query.
   */
  constructor(options: { deep: boolean }) {
    this.#deep = options.deep;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const { node } = args;
    if (this.#deep) return this.#transformer.transformNode(node);
    if (!SelectQueryNode.is(node)) return node;
    const limit = node.limit && literalCount(node.limit.limit);
    const offset = node.offset && literalCount(node.offset.offset);
    if (limit === undefined && offset === undefined) return node;
    return {
      ...node,
      ...(node.limit && limit !== undefined
        ? { limit: { ...node.limit, limit: ValueNode.createImmediate(limit) } }
        : {}),
      ...(node.offset && offset !== undefined
        ? { offset: { ...node.offset, offset: ValueNode.createImmediate(offset) } }
        : {}),
    };
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
