/** Machinery shared by the SDK's packages; not part of its API and left out of the Javadoc. */
package io.github.aggregatorsdk.classpass.internal;
