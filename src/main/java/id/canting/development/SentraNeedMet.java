package id.canting.development;

import id.canting.registry.SentraId;

/** A need of the sentra was marked as met. */
public record SentraNeedMet(long needId, SentraId sentraId, String provinceCode, String by) {
}
