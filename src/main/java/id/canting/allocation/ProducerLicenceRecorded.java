package id.canting.allocation;

import id.canting.registry.IkmId;

/** What an IKM holds for producing to orders (KBLI 13134, halal, cap capability, workshop) was recorded. */
public record ProducerLicenceRecorded(IkmId ikmId, String by) {
}
