/**
 * The studio's data handed to the ClassPass SDK: one adapter per SDK repository interface, on the
 * app's own JPA repositories. This is the part a host writes; the SDK's rules do the rest.
 */
package io.github.aggregatorsdk.classpass.example.studio.classpass;
