package org.koryu.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Keeps uploaded images: checks that the bytes are the image the upload claims, records them and
 * writes the file to the data folder ({@code media/<id>}); finds them again for serving and for
 * the validation of content that shows them.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary implements MediaCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaSettings settings;

    @Inject
    Clock clock;

    /**
     * Records an upload that passed its checks and writes its file.
     *
     * @param originalName the file name the uploader gave, or null
     */
    Media store(ImageUpload upload, String originalName, String user) {
        byte[] bytes = upload.bytes();
        Media media = new Media(upload.format(), originalName, bytes.length, sha256(bytes), user, clock.instant());
        em.persist(media);
        em.flush();
        write(media.id(), bytes);
        return media;
    }

    /** The stored image at this address and its file; empty when the id is unknown or the name is not its name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredImage> find(MediaUrl url) {
        Media media = em.find(Media.class, url.id());
        if (media == null || !media.fileName().equals(url.fileName())) {
            return Optional.empty();
        }
        return Optional.of(new StoredImage(media, file(media.id())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(MediaUrl url) {
        return find(url).isPresent();
    }

    /** An image's record and the file holding its bytes. */
    public record StoredImage(Media media, Path file) {
    }

    private void write(long id, byte[] bytes) {
        Path target = file(id);
        Path part = target.resolveSibling(id + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.write(part, bytes);
            // Readers see the whole file or none.
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + target + " failed: " + e.getMessage(), e);
        }
    }

    private Path file(long id) {
        return settings.folder().resolve(String.valueOf(id));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
