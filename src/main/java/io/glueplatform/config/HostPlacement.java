package io.glueplatform.config;

/** Which subnet tier the Session-Manager tools host lives in. */
public enum HostPlacement {
    /** Default: no public IP; reached through the SSM interface endpoints. */
    PRIVATE,
    /** The glue_poc seed's layout: a public subnet (still no inbound rule; Session Manager only). */
    PUBLIC
}
