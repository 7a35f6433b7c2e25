package id.canting.development.web;

import java.util.Map;

import id.canting.development.internal.ScorePart;

/** The weight of every part of the development score, 0–100 each, not all zero. */
record WeightsRequest(Map<ScorePart, Integer> weights) {
}
