package io.glueplatform.cdk;

import com.hashicorp.cdktf.AssetType;
import com.hashicorp.cdktf.TerraformAsset;
import com.hashicorp.cdktf.TerraformAssetConfig;
import software.constructs.Construct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Local files shipped with a stack: copied into the synthesized output so the stack dir is self-contained. */
public final class Assets {
    private Assets() {
    }

    /** A file asset; returns its path relative to the stack directory (what Terraform's {@code source} needs). */
    public static String file(Construct scope, String id, Path file) {
        TerraformAsset asset = new TerraformAsset(scope, id, TerraformAssetConfig.builder()
                .path(file.toAbsolutePath().toString())
                .type(AssetType.FILE)
                .build());
        return asset.getPath();
    }

    /** SHA-256 of a file's content, hex: changes exactly when the content does. */
    public static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
