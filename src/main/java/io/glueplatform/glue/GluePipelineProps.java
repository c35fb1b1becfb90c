package io.glueplatform.glue;

import io.glueplatform.cdk.Required;
import io.glueplatform.config.GlueConfig;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.rds.Database;
import io.glueplatform.storage.DataLake;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.SubnetRef;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Glue pipeline needs, built with {@link #builder()}.
 * <ul>
 *   <li>Required: scope (ARNs of its role), catalogDatabase, network (one NETWORK connection per private subnet, in
 *       order; the first is where ENIs go), key (security configuration, log groups, uploads), lake (scripts,
 *       scratch, the data the jobs read and write), catalog (the jobs of glue-scripts/ and their library bundle).</li>
 *   <li>Optional: database (the platform's MySQL; none: no MySQL connection), stores (JDBC stores outside the Glue
 *       VPC, default none), jobs (default: every pipeline job of the catalog whose stores this environment has, see
 *       {@link JobSelection}), settings (default {@link GlueConfig#defaults()}), logRetentionDays (default 30).</li>
 * </ul>
 */
public final class GluePipelineProps {

    private final AwsScope scope;
    private final GlueConfig settings;
    private final String catalogDatabase;
    private final Network network;
    private final PlatformKey key;
    private final DataLake lake;
    private final JobCatalog catalog;
    private final Database database;
    private final List<GlueStore> stores;
    private final List<GlueJobSpec> jobs;
    private final int logRetentionDays;

    private GluePipelineProps(Builder builder) {
        this.scope = Required.value(builder.scope, "glue", "scope");
        this.settings = builder.settings;
        this.catalogDatabase = Required.value(builder.catalogDatabase, "glue", "catalogDatabase");
        this.network = Required.value(builder.network, "glue", "network");
        this.key = Required.value(builder.key, "glue", "key");
        this.lake = Required.value(builder.lake, "glue", "lake");
        this.catalog = Required.value(builder.catalog, "glue", "catalog");
        this.database = builder.database;
        this.stores = List.copyOf(builder.stores);
        this.jobs = builder.jobs == null ? null : List.copyOf(builder.jobs);
        this.logRetentionDays = builder.logRetentionDays;
        if (settings.runInVpc() && privateSubnets().isEmpty()) {
            throw new IllegalArgumentException("glue: running in the VPC needs at least one private subnet for a NETWORK connection");
        }
        if (privateSubnets().stream().anyMatch(s -> !"private".equals(s.tier()))) {
            throw new IllegalArgumentException("glue: connections belong in private subnets (a public subnet has no NAT route for the ENIs)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public AwsScope scope() {
        return scope;
    }

    /** Glue version, workers, timeout, retries, execution class, VPC switch. */
    public GlueConfig settings() {
        return settings;
    }

    public String catalogDatabase() {
        return catalogDatabase;
    }

    public Network network() {
        return network;
    }

    public List<SubnetRef> privateSubnets() {
        return network.privateSubnets();
    }

    public PlatformKey key() {
        return key;
    }

    public DataLake lake() {
        return lake;
    }

    public JobCatalog catalog() {
        return catalog;
    }

    /** The platform's MySQL, or null. */
    public Database database() {
        return database;
    }

    public List<GlueStore> stores() {
        return stores;
    }

    public int logRetentionDays() {
        return logRetentionDays;
    }

    /**
     * The stores a job can reach in this environment: none outside the VPC (a JDBC connection needs the VPC), else
     * the database and every store handed in.
     */
    public List<StoreKind> reachableStores() {
        List<StoreKind> kinds = new ArrayList<>();
        if (settings.runInVpc()) {
            if (database != null) {
                kinds.add(StoreKind.MYSQL);
            }
            stores.forEach(store -> kinds.add(store.kind()));
        }
        return kinds;
    }

    /** What the environment has, for messages: "mysql, redshift", "none (glue.runInVpc is false: ...)". */
    public String describeReachableStores() {
        if (!settings.runInVpc()) {
            return "none (glue.runInVpc is false: a job outside the VPC reaches no JDBC store)";
        }
        List<StoreKind> kinds = reachableStores();
        return kinds.isEmpty() ? "none" : String.join(", ", kinds.stream().map(StoreKind::connectionName).toList());
    }

    /** The jobs given with {@link Builder#jobs}, else {@code selection}'s deployed jobs. */
    List<GlueJobSpec> jobsOr(JobSelection selection) {
        return jobs != null ? jobs : selection.deployed();
    }

    /** True when jobs were named explicitly: each then must reach its stores, or the pipeline refuses it. */
    boolean jobsGiven() {
        return jobs != null;
    }

    public static final class Builder {
        private AwsScope scope;
        private GlueConfig settings = GlueConfig.defaults();
        private String catalogDatabase;
        private Network network;
        private PlatformKey key;
        private DataLake lake;
        private JobCatalog catalog;
        private Database database;
        private List<GlueStore> stores = List.of();
        private List<GlueJobSpec> jobs;
        private int logRetentionDays = 30;

        private Builder() {
        }

        public Builder scope(AwsScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder settings(GlueConfig settings) {
            this.settings = settings;
            return this;
        }

        public Builder catalogDatabase(String catalogDatabase) {
            this.catalogDatabase = catalogDatabase;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder key(PlatformKey key) {
            this.key = key;
            return this;
        }

        public Builder lake(DataLake lake) {
            this.lake = lake;
            return this;
        }

        public Builder catalog(JobCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder database(Database database) {
            this.database = database;
            return this;
        }

        public Builder stores(List<GlueStore> stores) {
            this.stores = stores;
            return this;
        }

        /** Exactly these jobs; a job whose store this environment does not have is then an error, not left out. */
        public Builder jobs(List<GlueJobSpec> jobs) {
            this.jobs = jobs;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public GluePipelineProps build() {
            return new GluePipelineProps(this);
        }
    }
}
