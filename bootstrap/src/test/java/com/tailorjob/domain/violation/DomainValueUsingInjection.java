package com.tailorjob.domain.violation;

import jakarta.inject.Provider;

/** Deliberate breach: a domain class depending on a framework type. */
public record DomainValueUsingInjection(Provider<String> source) {}
