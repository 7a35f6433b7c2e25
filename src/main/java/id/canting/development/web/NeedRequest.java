package id.canting.development.web;

import id.canting.development.internal.NeedPriority;

/** A need listed with the sentra's management: what is needed and how urgently. */
record NeedRequest(String description, NeedPriority priority) {
}
