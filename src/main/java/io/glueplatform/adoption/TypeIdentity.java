package io.glueplatform.adoption;

import java.util.List;

/**
 * How an existing instance of one Terraform resource type is recognised: keys tried in order (the natural
 * AWS identity first, then attributes, finally the Name tag), and how Terraform's {@code import} block
 * names it (the state attribute holding the import id, or a format over several attributes).
 *
 * @param importId state attributes joined with {@code importSeparator}; default {@code id}
 */
public record TypeIdentity(String type, List<IdentityKey> keys, List<String> importId, String importSeparator) {

    public TypeIdentity {
        keys = List.copyOf(keys);
        importId = List.copyOf(importId);
    }
}
