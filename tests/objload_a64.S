// objload_a64.S: the AArch64 object of tests/test_objload.c (checked in as tests/objload_a64.o;
// `make objload-a64` reassembles it with aarch64-linux-gnu-gcc). Written in assembly so that each
// relocation kind objload.c knows for AArch64 appears on purpose, with an entry hearth_e<i> whose
// result shows that it landed. t_add is an import (the test's table); k* are constants in .rodata,
// reached through the section symbol plus an addend; the relative words live in another section
// so that the assembler leaves them to the loader.

	.text
	.p2align 2

	// e0: CALL26 to an import (through a stub): t_add(x0, x1)
	.globl hearth_e0
	.type hearth_e0, %function
hearth_e0:
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	bl t_add
	ldp x29, x30, [sp], #16
	ret

	// e1: JUMP26 (a tail call) to an import: t_add(x0, x1)
	.globl hearth_e1
	.type hearth_e1, %function
hearth_e1:
	b t_add

	// e2: ADR_GOT_PAGE + LD64_GOT_LO12_NC: &t_add from its GOT slot
	.globl hearth_e2
	.type hearth_e2, %function
hearth_e2:
	adrp x0, :got:t_add
	ldr x0, [x0, :got_lo12:t_add]
	ret

	// e3: ADR_PREL_PG_HI21 + ADD_ABS_LO12_NC: &k64
	.globl hearth_e3
	.type hearth_e3, %function
hearth_e3:
	adrp x0, k64
	add x0, x0, :lo12:k64
	ret

	// e4: LDST8/16/32/64/128_ABS_LO12_NC: k8 + k16 + k32 + k64 + the high half of k128
	.globl hearth_e4
	.type hearth_e4, %function
hearth_e4:
	adrp x1, k8
	ldrb w0, [x1, :lo12:k8]
	adrp x1, k16
	ldrh w2, [x1, :lo12:k16]
	add x0, x0, x2
	adrp x1, k32
	ldr w2, [x1, :lo12:k32]
	add x0, x0, x2
	adrp x1, k64
	ldr x2, [x1, :lo12:k64]
	add x0, x0, x2
	adrp x1, k128
	ldr q0, [x1, :lo12:k128]
	umov x2, v0.d[1]
	add x0, x0, x2
	ret

	// e5: ADR_PREL_PG_HI21_NC: k64
	.globl hearth_e5
	.type hearth_e5, %function
hearth_e5:
	adrp x0, :pg_hi21_nc:k64
	add x0, x0, :lo12:k64
	ldr x0, [x0]
	ret

	// e6: ABS64: the address of t_add stored in .data.rel.ro
	.globl hearth_e6
	.type hearth_e6, %function
hearth_e6:
	adrp x0, ptr_t_add
	ldr x0, [x0, :lo12:ptr_t_add]
	ret

	// e7: PREL32: &k64 from a 32-bit offset relative to the word itself
	.globl hearth_e7
	.type hearth_e7, %function
hearth_e7:
	adrp x1, rel32
	add x1, x1, :lo12:rel32
	ldrsw x0, [x1]
	add x0, x0, x1
	ret

	// e8: PREL64: &k64 from a 64-bit offset relative to the word itself
	.globl hearth_e8
	.type hearth_e8, %function
hearth_e8:
	adrp x1, rel64
	add x1, x1, :lo12:rel64
	ldr x0, [x1]
	add x0, x0, x1
	ret

	.section .rodata
	.p2align 4
k128:	.quad 0x0, 0x0000005500000000
k64:	.quad 0x4400000000000000
k32:	.word 0x33000000
k16:	.hword 0x2200
k8:	.byte 0x11

	.section .data.rel.ro, "aw"
	.p2align 3
ptr_t_add: .quad t_add
rel64:	.quad k64 - .
rel32:	.word k64 - .

	.section .note.GNU-stack, "", %progbits
