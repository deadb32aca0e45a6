/* Runs the checks of the no_std static library: `.ci/run` links them into this program. */
#include <stdint.h>
#include <stdio.h>

uint32_t wire_no_std_check(void);

int main(void) {
    uint32_t failed = wire_no_std_check();
    if (failed != 0) {
        fprintf(stderr, "no_std check %u failed\n", failed);
        return 1;
    }
    puts("no_std check: every check holds");
    return 0;
}
