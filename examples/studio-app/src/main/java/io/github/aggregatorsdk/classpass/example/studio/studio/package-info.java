/** The studio business (partner) and its locations (venues). */
package io.github.aggregatorsdk.classpass.example.studio.studio;
