package id.canting.development;

import id.canting.registry.SentraId;

/** A photo of the sentra was added. */
public record SentraPhotoAdded(long photoId, SentraId sentraId, String provinceCode, String caption, String by) {
}
