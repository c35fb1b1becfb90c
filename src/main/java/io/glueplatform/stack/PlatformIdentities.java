package io.glueplatform.stack;

import io.glueplatform.adoption.IdentityCatalogue;
import io.glueplatform.containers.ContainerIdentities;
import io.glueplatform.hosts.HostIdentities;
import io.glueplatform.glue.GlueIdentities;
import io.glueplatform.iam.IamIdentities;
import io.glueplatform.kms.KmsIdentities;
import io.glueplatform.rds.RdsIdentities;
import io.glueplatform.secrets.SecretIdentities;
import io.glueplatform.storage.StorageIdentities;
import io.glueplatform.vpc.VpcIdentities;

import java.util.List;

/** The identities every module of the platform declares, for make adopt. */
public final class PlatformIdentities {
    private PlatformIdentities() {
    }

    public static IdentityCatalogue catalogue() {
        return IdentityCatalogue.of(List.of(new KmsIdentities(), new VpcIdentities(), new StorageIdentities(), new IamIdentities(),
                new RdsIdentities(), new HostIdentities(), new GlueIdentities(), new SecretIdentities(), new ContainerIdentities()));
    }
}
