// The provider's plan-audit settings for checking drafts in the browser, so the editor finds what the server's audit
// will find. Read once and shared by every editor page; until it arrives (or if it cannot be read) the defaults apply.
import { defaultAuditConfig, type AuditConfig } from '@hearth/core';
import { useEffect, useState } from 'react';
import { getAuditSettings } from '../../api/plan-audit-settings';

let shared: Promise<AuditConfig> | null = null;

function loadConfig(): Promise<AuditConfig> {
  shared ??= getAuditSettings().then(
    (settings) => settings.effective,
    () => {
      shared = null;
      return defaultAuditConfig;
    },
  );
  return shared;
}

/** Read again on next use: the settings were just saved. */
export function forgetAuditConfig(): void {
  shared = null;
}

export function useAuditConfig(): AuditConfig {
  const [config, setConfig] = useState<AuditConfig>(defaultAuditConfig);
  useEffect(() => {
    let isCurrent = true;
    void loadConfig().then((loaded) => {
      if (isCurrent) setConfig(loaded);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return config;
}
