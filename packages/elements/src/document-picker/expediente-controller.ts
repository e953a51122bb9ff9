import { Task } from '@lit/task';
import {
  apiPaths,
  type BffClient,
  type DocumentList,
  type ExpedienteDocument,
  LlaveError,
} from '@llave-cdmx/core';
import type { ReactiveControllerHost } from 'lit';
import { ConnectivityController } from '../internal/connectivity-controller.js';
import { formatBytes } from '../internal/documents-format.js';
import type { SessionController } from '../internal/session-controller.js';
import type { PickerText } from './document-picker.strings.js';
import type { Message } from './templates.js';

/** The server's upload and API errors core's common strings word; the rest are `internal_error`. */
const KNOWN = ['payload_too_large', 'unsupported_media_type', 'network_error'] as const;

/**
 * The list flow: the citizen's expediente, loaded once signed in (through the session's client),
 * reloaded on demand and, after a failed load, as soon as the connection comes back, and what an
 * error of any flow means for it (sign in again, the list changed).
 */
export class ExpedienteController {
  /** The load: its `value` (the list and its upload limits), `error`, `status`. */
  readonly task: Task<readonly [boolean], DocumentList | undefined>;
  readonly #net: ConnectivityController;

  constructor(
    host: ReactiveControllerHost,
    private readonly session: SessionController,
    private readonly client: () => BffClient,
    private readonly text: PickerText,
  ) {
    this.task = new Task(host, {
      task: async ([signedIn], { signal }) =>
        signedIn ? client().api<DocumentList>(apiPaths.documents, { signal }) : undefined,
      args: () => [session.state.info?.authenticated === true] as const,
    });
    // Back online after a failed load: try again without making the citizen press anything.
    this.#net = new ConnectivityController(host, () => {
      if (this.task.error) this.refresh();
    });
  }

  get documents(): ExpedienteDocument[] {
    return this.task.value?.items ?? [];
  }

  /** Why the last load failed, if it did: `needs-login`, `needs-level`, `network`… */
  get kind() {
    const e = this.task.error;
    return e instanceof LlaveError ? e.kind : undefined;
  }

  get online(): boolean {
    return this.#net.online;
  }

  /** No connection, or the last load found none. */
  get offline(): boolean {
    return !this.#net.online || this.kind === 'network';
  }

  refresh(): void {
    void this.task.run();
  }

  async remove(doc: ExpedienteDocument): Promise<void> {
    await this.client().api(apiPaths.document(doc.id), { method: 'DELETE' });
    this.refresh();
  }

  /** The upload limit in the page's language ("2 MB"). */
  get maxSize(): string {
    return formatBytes(this.task.value?.maxUploadBytes ?? 0, this.text.language);
  }

  /**
   * What a failed call of any flow tells the citizen: nothing when the session ended (it is read
   * again and the sign-in prompt shows instead); a document gone also reloads the list.
   */
  messageFor(error: unknown): Message | undefined {
    const e = error instanceof LlaveError ? error : undefined;
    if (e?.kind === 'needs-login') {
      void this.session.store.refresh();
      this.refresh();
      return undefined;
    }
    const code = e?.code;
    if (code === 'not_found') this.refresh();
    const t = this.text.translator;
    return {
      tone: 'error',
      text:
        code === 'not_found'
          ? t('errors.not_found')
          : t(`common:errors.${KNOWN.find((c) => c === code) ?? 'internal_error'}`, {
              max: this.maxSize,
            }),
    };
  }
}
