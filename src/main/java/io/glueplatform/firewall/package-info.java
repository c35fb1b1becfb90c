/**
 * Security groups: {@link io.glueplatform.firewall.Firewall}, a group whose rules are separate resources (one per purpose,
 * each described), and {@link io.glueplatform.firewall.RoleSecurityGroups}, seed 004's role tiers built from it. Every
 * module that needs a group (network endpoints, RDS, Glue, the stores, the hosts) creates a {@code Firewall}; addresses
 * read {@code aws_security_group.<name>_sg_this} and {@code aws_vpc_security_group_ingress_rule.<name>_sg_in_<role>}.
 *
 * <p>Two groups carry "database" in their name, and they are not the same thing:
 * <ul>
 *   <li>{@code rds_sg_this} is the platform MySQL instance's own group, created by {@code rds.Database} and attached to
 *       {@code aws_db_instance.rds_this}. It admits MySQL (3306) only from the groups of its clients, each added with
 *       {@code Database.allowFrom}: Glue's ENIs ({@code rds_sg_in_mysql_from_glue}) and the tools host
 *       ({@code rds_sg_in_mysql_from_tools_host}). The preflight's reachability check follows these rules.</li>
 *   <li>{@code database_sg_this} is seed 004's data tier: MySQL, PostgreSQL and Redis ports admitted from the app tier
 *       ({@code app_sg}, the ECS tasks) only, with the matching egress on {@code app_sg}. It exists whenever a seed 004
 *       component does, but no resource of the platform is a member today: it is the group a data store for the
 *       containers (the seed's Redis, a PostgreSQL) would join. It does not admit anyone to the RDS instance, so
 *       the ECS tasks, although given the MySQL secret, are not admitted by {@code rds_sg_this}.</li>
 * </ul>
 * Both are kept as deployed (merging them would replace the RDS instance's group or open MySQL to the app tier).
 */
package io.glueplatform.firewall;
