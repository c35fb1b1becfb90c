package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.Outputs;
import io.glueplatform.cdk.PlatformConstruct;
import io.glueplatform.iam.Role;
import software.constructs.Construct;

/**
 * What every host component (tools, Kubernetes, monitoring) is: a construct that owns one {@link Host} with its role
 * and instance profile, and offers the role (to grant more) and the Session Manager commands of its instance.
 */
public abstract class HostComponent extends PlatformConstruct {

    /** The construct id, kept: reading it back is a jsii round trip. */
    private final String id;
    private Host host;

    protected HostComponent(Construct scope, String id) {
        super(scope, id);
        this.id = id;
    }

    /** Creates the component's host inside the component; once. */
    protected final Host create(Naming naming, Host.Builder builder) {
        if (host != null) {
            throw new IllegalStateException("hosts: " + id + " already has its host");
        }
        this.host = builder.create(this, naming);
        return host;
    }

    /**
     * Declares the outputs {@code <component id>_instance_id} and {@code <component id>_session_command}
     * (e.g. tools_host_instance_id), with what each is for.
     */
    protected final void sessionOutputs(String instanceDescription, String sessionDescription) {
        Outputs.add(this, id + "_instance_id", instanceId(), instanceDescription);
        Outputs.add(this, id + "_session_command", sessionCommand(), sessionDescription);
    }

    /** The role the instance runs as. */
    public Role role() {
        return host.role();
    }

    public String instanceId() {
        return host.instanceId();
    }

    /** Opens a shell on the instance (no SSH). */
    public String sessionCommand() {
        return host.sessionCommand();
    }

    /** Forwards a port of the instance to the same port on localhost through Session Manager. */
    public String portForwardCommand(int port) {
        return host.portForwardCommand(port);
    }
}
