package id.canting.development;

import id.canting.registry.SentraId;

/** The officer listed a need of the sentra with its management; {@code summary} is its priority and text. */
public record SentraNeedListed(long needId, SentraId sentraId, String provinceCode, String summary, String by) {
}
