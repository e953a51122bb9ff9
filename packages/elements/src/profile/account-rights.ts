import {
  apiPaths,
  type BffClient,
  type CancellationResponse,
  LlaveError,
  type MisuseReportResponse,
} from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Right = 'export' | 'misuse' | 'cancel';

/**
 * The holder's rights (Lineamientos 5.1.1, 5.1.7, 7.1.2), each confirmed in a dialog first:
 * download the data, report a misuse ("No fui yo"), cancel the account. One flow at a time.
 */
export class AccountRights implements ReactiveController {
  /** The dialog open, if any. */
  open?: Right;
  busy = false;
  /** Error code of the last attempt (`recent_login_required`, `network_error`…). */
  error?: string;
  /** What the last finished action was; the profile says so and, for the last two, stops. */
  done?: Right;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => BffClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  ask(right: Right): void {
    this.open = right;
    this.error = undefined;
    this.host.requestUpdate();
  }

  dismiss(): void {
    this.open = undefined;
    this.host.requestUpdate();
  }

  /** Runs the confirmed action; true when it succeeded. */
  async confirm(description = ''): Promise<boolean> {
    const right = this.open;
    if (!right || this.busy) return false;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const api = this.client();
      if (right === 'export') {
        const zip = await api.api<Blob>(apiPaths.meExport, { as: 'blob' });
        saveFile(zip, `llave-cdmx-mis-datos-${new Date().toISOString().slice(0, 10)}.zip`);
      } else if (right === 'misuse') {
        await api.api<MisuseReportResponse>(apiPaths.meMisuseReports, {
          method: 'POST',
          body: description.trim() ? { description: description.trim() } : {},
        });
      } else {
        await api.api<CancellationResponse>(apiPaths.meCancellation, {
          method: 'POST',
          body: { confirm: true },
        });
      }
      this.done = right;
      this.open = undefined;
      return true;
    } catch (err) {
      const e = err instanceof LlaveError ? err : undefined;
      this.error = e ? (e.fields.description ?? e.code) : 'internal_error';
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}

/** Hands a blob to the browser's download (the export is fetched with the CSRF header). */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has taken the URL by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
