package io.cvmjourneys.programs;

class ProgramDefinitionsOnH2Test extends ProgramDefinitionsTest {
}
