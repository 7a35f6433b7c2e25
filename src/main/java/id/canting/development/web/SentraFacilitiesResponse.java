package id.canting.development.web;

import java.util.List;

import id.canting.development.internal.SentraFacility;

/** A sentra's shared facilities, in the order they were listed. */
record SentraFacilitiesResponse(long sentraId, List<SentraFacility> facilities) {
}
