// A 4-bit counter with synchronous reset and enable: a tiny synthesis input for yosys.
module counter (
    input  wire       clk,
    input  wire       rst,
    input  wire       en,
    output reg  [3:0] q,
    output wire       wrap
);
    always @(posedge clk)
        if (rst)
            q <= 4'd0;
        else if (en)
            q <= q + 4'd1;
    assign wrap = en && (q == 4'hf);
endmodule
