/** The UI's state, folded from the control API's event stream. */
import type {
  EmulatorEventMap,
  ExchangeView,
  FaultView,
  SessionView,
  SimulatorInfo,
  TenantDataView,
} from "../../src/emulator/protocol";

/** Everything the UI shows. */
export interface UiState {
  readonly connected: boolean;
  readonly simulator: SimulatorInfo | undefined;
  readonly sessions: readonly SessionView[];
  readonly exchanges: readonly ExchangeView[];
  readonly data: TenantDataView | undefined;
  readonly faults: readonly FaultView[];
}

/** Before the first snapshot. */
export const initialState: UiState = {
  connected: false,
  simulator: undefined,
  sessions: [],
  exchanges: [],
  data: undefined,
  faults: [],
};

/** The inspector keeps this many exchanges (the oldest go first). */
const MAX_EXCHANGES = 5_000;

/** Applies one server-sent event. */
export function reduce<K extends keyof EmulatorEventMap>(
  state: UiState,
  event: K,
  payload: EmulatorEventMap[K],
): UiState {
  switch (event) {
    case "snapshot": {
      const s = payload as EmulatorEventMap["snapshot"];
      return {
        ...state,
        connected: true,
        simulator: s.simulator,
        sessions: s.sessions,
        exchanges: s.exchanges,
        data: s.data,
        faults: s.faults,
      };
    }
    case "session": {
      const view = payload as SessionView;
      const exists = state.sessions.some((s) => s.id === view.id);
      return {
        ...state,
        sessions: exists ? state.sessions.map((s) => (s.id === view.id ? view : s)) : [...state.sessions, view],
      };
    }
    case "exchange": {
      const exchanges = [...state.exchanges, payload as ExchangeView];
      return { ...state, exchanges: exchanges.length > MAX_EXCHANGES ? exchanges.slice(-MAX_EXCHANGES) : exchanges };
    }
    case "data":
      return { ...state, data: payload as TenantDataView };
    case "faults":
      return { ...state, faults: payload as readonly FaultView[] };
    default:
      return state;
  }
}
