import type { Channel, ParsedArgs, Value } from '../../../shared/contract';
import type { AppContext } from '../context';

export type Handler<C extends Channel> = (
  args: ParsedArgs<C>,
  ctx: AppContext,
) => Value<C> | Promise<Value<C>>;

/** One handler per channel of the contract: the compiler refuses a missing or extra one. */
export type HandlerMap = { [C in Channel]: Handler<C> };
