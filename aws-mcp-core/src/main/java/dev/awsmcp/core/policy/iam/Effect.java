package dev.awsmcp.core.policy.iam;

/** A statement's Effect. */
enum Effect { ALLOW, DENY }
