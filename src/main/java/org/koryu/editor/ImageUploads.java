package org.koryu.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.koryu.accounts.CurrentActor;
import org.koryu.media.ImageRejectedException;
import org.koryu.media.Media;
import org.koryu.media.MediaUploads;
import org.primefaces.model.file.UploadedFile;

/** Hands a form's uploaded image to the media library; a refusal appears beside the upload field. */
@ApplicationScoped
public class ImageUploads implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaUploads uploads;

    @Inject
    transient CurrentActor current;

    @Inject
    transient Messages messages;

    /** The stored image's address, or null when it was refused (the reason is shown beside {@code componentId}). */
    public String store(UploadedFile file, String componentId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try (InputStream in = file.getInputStream()) {
            Media media = uploads.upload(in.readNBytes(uploads.readLimit()), file.getContentType(), file.getFileName(),
                    current.actor().name());
            return media.url().toString();
        } catch (ImageRejectedException e) {
            FieldMessages.at(faces, componentId, messages.fault(e.fault()));
        } catch (IOException e) {
            FieldMessages.at(faces, componentId, messages.get("upload.brokeOff"));
        }
        return null;
    }
}
