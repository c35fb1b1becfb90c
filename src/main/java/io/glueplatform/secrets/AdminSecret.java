package io.glueplatform.secrets;

import io.glueplatform.config.ServicesConfig;

import java.util.EnumSet;
import java.util.Set;

/** A host's admin login secret, created only with the host that fills it at first boot. */
public enum AdminSecret {
    /** The monitoring host's Grafana admin. */
    GRAFANA,
    /** The Kubernetes host's ArgoCD admin. */
    ARGOCD;

    /** The admin secrets of the hosts {@code services} switches on. */
    public static Set<AdminSecret> withHostsOf(ServicesConfig services) {
        Set<AdminSecret> admins = EnumSet.noneOf(AdminSecret.class);
        if (services.monitoringHost()) {
            admins.add(GRAFANA);
        }
        if (services.kubernetesHost()) {
            admins.add(ARGOCD);
        }
        return admins;
    }
}
